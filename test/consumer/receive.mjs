// Run by the consumer suite with Node against the installed tarball: a real server on the loopback
// address with kyc-webhooks/node, sent a signed iDenfy callback and a forged one.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createNodeHandler } from 'kyc-webhooks/node';
import { signIdenfyBody } from 'kyc-webhooks/testing';

const body = readFileSync(process.argv[2]);
const received = [];
const server = createServer(createNodeHandler({ kind: 'idenfy', key: 'key', onCallback: (callback) => received.push(callback.status.overall) }));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const statuses = [];
for (const signature of [await signIdenfyBody(body, 'key'), await signIdenfyBody(body, 'forged')]) {
  statuses.push((await fetch(url, { method: 'POST', body, headers: { 'idenfy-signature': signature } })).status);
}
server.close();
console.log(JSON.stringify([statuses, received]));
