// Drives an OpenWhisk controller with the official JavaScript client (npm "openwhisk"), as a
// second client nobody on this project wrote. Reads APIHOST (with http://), AUTH, IMAGE and URL from
// the environment, prints one JSON object with what each call gave, and exits 1 on the first failure.
const openwhisk = require('openwhisk');

const ow = openwhisk({ apihost: process.env.APIHOST, api_key: process.env.AUTH, namespace: '_' });
const name = 'js-client-mnist';
const params = { url: process.env.URL };
// The action's answer as it came, with its echoed image shortened so the output stays readable.
const shortened = (r) => (r && typeof r.input_png === 'string' ? { ...r, input_png: 'bytes of base64: ' + r.input_png.length } : r);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The client does not poll: a 404 while the activation is still running rejects at once.
async function activation(id) {
  for (let i = 0; i < 300; i++) {
    try {
      return await ow.activations.get({ name: id });
    } catch (e) {
      if (e.statusCode !== 404) throw e;
      await sleep(100);
    }
  }
  throw new Error('activation ' + id + ' never appeared');
}

async function main() {
  const out = {};
  const created = await ow.actions.create({
    name, action: '', kind: 'blackbox', exec: { image: process.env.IMAGE },
    limits: { timeout: 60000 }, annotations: { 'web-export': true },
  });
  out.created = { name: created.name, namespace: created.namespace, image: created.exec.image, kind: created.exec.kind };
  out.blockingResult = shortened(await ow.actions.invoke({ name, blocking: true, result: true, params }));
  const accepted = await ow.actions.invoke({ name, params });
  out.nonBlocking = accepted;
  const record = await activation(accepted.activationId);
  out.activation = {
    activationId: record.activationId, name: record.name, status: record.response.status,
    success: record.response.success, result: shortened(record.response.result),
  };
  const deleted = await ow.actions.delete({ name });
  out.deleted = { name: deleted.name };
  try {
    await ow.actions.get({ name });
    out.afterDelete = 'still there';
  } catch (e) {
    out.afterDelete = e.statusCode;
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : JSON.stringify(e));
  process.exit(1);
});
