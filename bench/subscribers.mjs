#!/usr/bin/env node
// N concurrent graphql-ws subscribers on loopback (each its own WebSocket, all subscribed to recordChanged), then W
// writes one after another: for each write, the time from its acknowledgement (the mutation's response; the commit
// happened before it) to the event reaching the last of the N subscribers. Prints one JSON line:
// { subscribers, writes, p50, p99, max, connectMs, missing, rssKb }. Uses the npm clients of .ci/ (npm ci --prefix .ci).
// rssKb is the server's resident set (from /proc/<server pid>/status) with every subscriber connected.
// Usage: node bench/subscribers.mjs <graphql url> <api key> <subscribers> <writes> <server pid>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../.ci/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, key, n = '1000', w = '20', serverPid] = process.argv.slice(2);
const subscribers = Number(n);
const writes = Number(w);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const partner = (await post('{ partners(first: 1) { nodes { id version name } } }')).partners.nodes[0];
let version = partner.version;
const write = async (i) => {
  const data = await post('mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { version } errors { __typename } } }',
    { input: { id: partner.id, version, name: `${partner.name} ${i}` } });
  if (data.updatePartner.errors) throw new Error(JSON.stringify(data.updatePartner.errors));
  version = data.updatePartner.partner.version;
};

// seen.get(sequence) = how many subscribers have it and when the last one did.
const seen = new Map();
const clients = [];
const connectStart = Date.now();
for (let i = 0; i < subscribers; i++) {
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(client);
  client.subscribe({ query: 'subscription { recordChanged(kinds: [PARTNER]) { sequence } }' }, {
    next: ({ data }) => {
      const sequence = data.recordChanged.sequence;
      const entry = seen.get(sequence) ?? { count: 0, last: 0 };
      entry.count++;
      entry.last = Date.now();
      seen.set(sequence, entry);
    },
    error: (e) => { console.error('subscription error', e); },
    complete: () => {},
  });
  if (i % 100 === 99) await sleep(50); // let the server accept in waves rather than one burst of SYNs
}

// All live: a warm-up write must reach every subscriber.
await write('warm-up');
const warmStart = Date.now();
while (![...seen.values()].some((e) => e.count === subscribers) && Date.now() - warmStart < 60000) await sleep(20);
const connectMs = Date.now() - connectStart;
seen.clear();
const rssKb = serverPid ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${serverPid}/status`, 'utf8'))[1]) : null;
console.error(`connected ${subscribers} subscribers in ${connectMs} ms; server RSS ${rssKb} kB`);

const latencies = [];
let missing = 0;
for (let i = 0; i < writes; i++) {
  const before = new Set(seen.keys());
  await write(i);
  const acknowledged = Date.now();
  let entry;
  const deadline = acknowledged + 30000;
  while (Date.now() < deadline) {
    entry = [...seen.entries()].find(([s]) => !before.has(s))?.[1];
    if (entry?.count === subscribers) break;
    await sleep(2);
  }
  if (entry?.count === subscribers) latencies.push(entry.last - acknowledged); else missing++;
  await sleep(200);
}

latencies.sort((a, b) => a - b);
const pick = (q) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] : null;
console.log(JSON.stringify({ subscribers, writes, p50: pick(0.5), p99: pick(0.99), max: latencies.at(-1) ?? null, connectMs, missing, rssKb }));
await Promise.all(clients.map((c) => c.dispose()));
process.exit(0);
