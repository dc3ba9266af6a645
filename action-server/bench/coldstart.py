#!/usr/bin/python3
"""Cold start of an OpenWhisk action server: process start -> first POST /run answered with a result.

Starts COMMAND (with PORT set and {port} in its arguments replaced) RUNS times, each time polling
POST /run every 2 ms with {"value":{"url": <a PNG served from 127.0.0.1>}} until the answer is HTTP 200
with a JSON body holding "res" >= 0, then stops the process. Prints every run and the median.
No /init first: blackbox actions must answer /run without it (the time to /init is reported too).

usage: coldstart.py --image PNG [--runs N] --cmd 'ours=java -jar …' [--cmd 'peer=python3 seed_action.py M {port}']
"""
import argparse, shlex, http.client, http.server, json, os, signal, socket, statistics, subprocess, sys, threading, time

def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]

def serve(png):
    data = open(png, 'rb').read()
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.send_header('Content-Type', 'image/png')
            self.send_header('Content-Length', str(len(data))); self.end_headers(); self.wfile.write(data)
        def log_message(self, *a): pass
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return 'http://127.0.0.1:%d/digit.png' % srv.server_address[1]

def post(port, path, body, timeout=5):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout)
    try:
        c.request('POST', path, body=body, headers={'Content-Type': 'application/json'})
        r = c.getresponse(); return r.status, r.read()
    finally:
        c.close()

def one_run(cmd, url, deadline_s=30):
    port = free_port()
    env = dict(os.environ, PORT=str(port))
    argv = [a.replace('{port}', str(port)) for a in cmd]
    body = json.dumps({'value': {'url': url}, 'activation_id': 'coldstart'}).encode()
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    first_connect = None
    try:
        while time.perf_counter() - t0 < deadline_s:
            try:
                status, data = post(port, '/run', body)
                if first_connect is None:
                    first_connect = time.perf_counter() - t0
                if status == 200 and json.loads(data).get('res', -1) >= 0:
                    return (time.perf_counter() - t0) * 1000, first_connect * 1000
            except (ConnectionError, OSError, http.client.HTTPException, ValueError):
                pass
            time.sleep(0.002)
        raise SystemExit('no answer within %d s from: %s' % (deadline_s, ' '.join(argv)))
    finally:
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL); p.wait()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=10)
    ap.add_argument('--image', required=True, help='a PNG to classify (digit_png.py makes one)')
    ap.add_argument('--image-host', default='127.0.0.1',
                    help='host the server reaches the image store by (10.0.2.2 from a slirp4netns container)')
    ap.add_argument('--cmd', action='append', required=True, metavar='LABEL=COMMAND',
                    help='a server to start (shell words; {port} and $PORT give its port); repeat to compare: '
                         'runs alternate between the commands so machine load hits all of them alike')
    a = ap.parse_args()
    servers = []
    for spec in a.cmd:
        label, _, command = spec.partition('=')
        servers.append((label, shlex.split(command)))
    url = serve(a.image).replace('127.0.0.1', a.image_host, 1)
    for label, cmd in servers:
        one_run(cmd, url)  # warm the page cache; not counted
    results = {label: [] for label, _ in servers}
    for i in range(a.runs):
        for label, cmd in servers:
            total, first = one_run(cmd, url)
            results[label].append(total)
            print('%-10s run %2d: first /run answered %7.1f ms (first HTTP answer %7.1f ms)' % (label, i + 1, total, first), flush=True)
    for label, runs in results.items():
        print('%-10s cold start over %d runs: median %.1f ms, min %.1f, max %.1f' % (
            label, len(runs), statistics.median(runs), min(runs), max(runs)))

if __name__ == '__main__':
    main()
