#!/usr/bin/python3
"""Writes one MNIST test digit as a PNG the way a user would draw it (dark ink on white), for the
benchmarks. MNIST comes from $DIGITWHISK_MNIST_DIR or shared/data/mnist beside an ancestor folder;
it is never stored in this repository. usage: digit_png.py OUT.png [INDEX]  (prints the label)
or: digit_png.py --dir DIR COUNT  (writes test digits 0 .. COUNT-1 as DIR/INDEX.png)"""
import gzip, os, struct, sys, zlib

def mnist_dir():
    env = os.environ.get('DIGITWHISK_MNIST_DIR')
    if env:
        return env
    d = os.path.abspath(os.path.dirname(__file__))
    while d != os.path.dirname(d):
        cand = os.path.join(d, 'shared', 'data', 'mnist')
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    sys.exit('MNIST not found: set DIGITWHISK_MNIST_DIR')

def read(name):
    path = os.path.join(mnist_dir(), name)
    return gzip.open(path + '.gz').read() if os.path.exists(path + '.gz') else open(path, 'rb').read()

def png(w, h, rows):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

def write(images, index, out):
    px = images[16 + index * 784:16 + (index + 1) * 784]
    open(out, 'wb').write(png(28, 28, [[255 - px[r * 28 + c] for c in range(28)] for r in range(28)]))

images, labels = read('t10k-images-idx3-ubyte'), read('t10k-labels-idx1-ubyte')
if sys.argv[1] == '--dir':
    os.makedirs(sys.argv[2], exist_ok=True)
    for i in range(int(sys.argv[3])):
        write(images, i, os.path.join(sys.argv[2], '%d.png' % i))
else:
    index = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    write(images, index, sys.argv[1])
    print(labels[8 + index])
