#!/usr/bin/env node
// Subscriptions with the real `graphql-ws` client (graphql-transport-ws), as an integrator uses it:
// - a query and a mutation run over the socket;
// - recordChanged filtered to one county receives exactly the changes touching that county's page: its own partners
//   and the statewide partners serving it, never another county's own partner; an unfiltered subscriber receives all;
// - `since:` after a reconnect replays every change missed while disconnected exactly once, then continues live;
// - countyPageChanged sends one coalesced event for a burst of changes.
// Writes go to <write url> (another server process on the same database in the scaled-out test), subscriptions to
// <subscribe url>. Prints the commit-to-event latency seen. Exit code 1 on any failure, 2 on bad usage.
// Usage: node .ci/graphql-ws-subscriptions.mjs <subscribe graphql url> <write graphql url> <api key covering NJ>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [subscribeUrl, writeUrl, key] = process.argv.slice(2);
if (!subscribeUrl || !writeUrl || !key) {
  console.error('usage: node .ci/graphql-ws-subscriptions.mjs <subscribe graphql url> <write graphql url> <api key>');
  process.exit(2);
}

const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };
const wsUrl = subscribeUrl.replace(/^http/, 'ws');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(query, variables) {
  const response = await fetch(writeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function connect() {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
}

// Every event of one subscription, kept in arrival order.
function collect(client, query, variables) {
  const events = [];
  const errors = [];
  const dispose = client.subscribe({ query, variables }, {
    next: (value) => (value.errors ? errors.push(value.errors) : events.push(value.data)),
    error: (error) => errors.push(error),
    complete: () => {},
  });
  return { events, errors, dispose };
}

async function until(predicate, what, ms = 20000) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) { failures.push(`timed out waiting for ${what}`); console.log(`FAIL timed out waiting for ${what}`); return false; }
    await sleep(25);
  }
  return true;
}

const RENAME = 'mutation Rename($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id version name } errors { __typename } } }';
const EVENT = 'sequence kind recordKind recordId version record { id ... on Partner { name } }';
const renamed = new Map(); // partner id -> version
async function rename(partner, suffix, over) {
  const version = renamed.get(partner.id) ?? partner.version;
  const input = { id: partner.id, version, name: `${partner.name} ${suffix}` };
  const data = over ? await over(RENAME, { input }) : await post(RENAME, { input });
  const result = data.updatePartner;
  if (result.errors) throw new Error(`rename failed: ${JSON.stringify(result.errors)}`);
  renamed.set(partner.id, result.partner.version);
  return result.partner;
}

// The places: Bergen, its own partner and a statewide partner serving it, and another county's own partner.
const counties = (await post('{ counties(state: "NJ", first: 50) { nodes { slug partners(first: 50) { nodes { id version name scope } } } } }')).counties.nodes;
const bergen = counties.find((c) => c.slug === 'bergen');
const local = bergen.partners.nodes.find((p) => p.scope === 'COUNTY');
const statewide = bergen.partners.nodes.find((p) => p.scope === 'STATE');
const bergenIds = new Set(bergen.partners.nodes.map((p) => p.id));
const elsewhere = counties.filter((c) => c.slug !== 'bergen').flatMap((c) => c.partners.nodes).find((p) => p.scope === 'COUNTY' && !bergenIds.has(p.id));
console.log(`bergen local ${local?.name}, statewide ${statewide?.name}, elsewhere ${elsewhere?.name}`);
if (!local || !statewide || !elsewhere) { console.error('seed data lacks the partners this test needs'); process.exit(1); }

// 1. A query and a mutation over the socket.
const client = connect();
const overSocket = (query, variables) => new Promise((resolve, reject) => {
  let result;
  client.subscribe({ query, variables }, { next: (value) => { result = value; }, error: reject, complete: () => (result?.errors ? reject(new Error(JSON.stringify(result.errors))) : resolve(result.data)) });
});
const states = await overSocket('{ states { totalCount } }');
expect(states.states.totalCount >= 2, `a query runs over the socket (states: ${states.states.totalCount})`);

// 2. County filter: exactly the changes touching Bergen's page.
const inBergen = collect(client, `subscription { recordChanged(county: "NJ/bergen") { ${EVENT} } }`);
const everything = collect(client, `subscription { recordChanged { ${EVENT} } }`);
const partnersOnly = collect(client, `subscription { recordChanged(kinds: [MEETING]) { ${EVENT} } }`);
// A subscription is live once it has received something: a probe write proves it before the writes that count.
// A write made before the server registered the subscription is never sent (no since:), so probe until one arrives.
async function probe(subscriptions, partner) {
  for (let attempt = 0; attempt < 10 && !subscriptions.every((s) => s.events.length >= 1); attempt++) {
    await rename(partner, '(probe)');
    const start = Date.now();
    while (!subscriptions.every((s) => s.events.length >= 1) && Date.now() - start < 3000) await sleep(25);
  }
  expect(subscriptions.every((s) => s.events.length >= 1), 'the subscriptions are live (a probe write arrived)');
  await sleep(1200);
  for (const s of subscriptions) s.events.length = 0;
}
await probe([inBergen, everything], local);
const startedAt = Date.now();
const first = await rename(local, '(local)', overSocket);
const arrived = await until(() => everything.events.length >= 1, 'the first event');
if (arrived) console.log(`commit-to-event: ${Date.now() - startedAt} ms (mutation round trip included)`);
expect(first.name.endsWith('(local)'), 'a mutation runs over the socket');
await rename(statewide, '(statewide)');
const acknowledged = Date.now();
if (await until(() => everything.events.length >= 2, 'the second event')) console.log(`write acknowledged by ${writeUrl} -> event on ${subscribeUrl}: ${Date.now() - acknowledged} ms`);
await rename(elsewhere, '(elsewhere)');
await until(() => everything.events.length >= 3, 'three events on the unfiltered subscription');
await sleep(1500); // anything wrongly delivered to the county subscriber would have arrived by now
const bergenRecords = inBergen.events.map((e) => e.recordChanged.recordId);
expect(bergenRecords.length === 2 && bergenRecords[0] === local.id && bergenRecords[1] === statewide.id,
  `the Bergen subscriber gets its own partner and the statewide one, in order, and not the other county's (got ${bergenRecords.length})`);
expect(inBergen.events.every((e) => e.recordChanged.kind === 'UPDATED' && e.recordChanged.recordKind === 'PARTNER'), 'events say what changed');
expect(inBergen.events[0]?.recordChanged.record?.name?.endsWith('(local)'), 'the event carries the record as it now is');
const sequences = everything.events.map((e) => e.recordChanged.sequence);
expect(sequences.length === 3 && sequences.every((s, i) => i === 0 || s > sequences[i - 1]), `the unfiltered subscriber gets all three in sequence order (${sequences.join(', ')})`);
expect(partnersOnly.events.length === 0, 'a kinds filter without partners gets none of them');
expect(inBergen.errors.length === 0 && everything.errors.length === 0, `no errors (${JSON.stringify([...inBergen.errors, ...everything.errors])})`);

// 3. since: a subscriber that reconnects receives every change it missed exactly once, then live ones.
const last = sequences[sequences.length - 1];
inBergen.dispose(); everything.dispose(); partnersOnly.dispose();
await client.dispose();
const missed = [];
for (const [partner, suffix] of [[local, '(missed 1)'], [elsewhere, '(missed 2)'], [statewide, '(missed 3)']]) {
  missed.push(await rename(partner, suffix));
}
const again = connect();
const resumed = collect(again, `subscription Resume($since: Long!) { recordChanged(since: $since) { ${EVENT} } }`, { since: last });
await until(() => resumed.events.length >= 3, 'the three missed changes');
await rename(local, '(live)');
await until(() => resumed.events.length >= 4, 'the live change after the replay');
await sleep(1000);
const replayed = resumed.events.map((e) => e.recordChanged);
const distinct = new Set(replayed.map((e) => e.sequence));
expect(replayed.length === 4 && distinct.size === 4, `replay then live: 4 events, each once (got ${replayed.map((e) => e.sequence).join(', ')})`);
expect(replayed.every((e, i) => e.sequence > last && (i === 0 || e.sequence > replayed[i - 1].sequence)), 'every replayed change is after since, in order');
expect(replayed.slice(0, 3).map((e) => e.recordId).join() === [local.id, elsewhere.id, statewide.id].join(), 'the replay names the missed changes in commit order');
resumed.dispose();

// 4. countyPageChanged: a burst of changes on the page is one event.
const page = collect(again, 'subscription { countyPageChanged(state: "NJ", slug: "bergen") { through changes county { name } } }');
await probe([page], local);
await rename(local, '(burst 1)');
const burst = await rename(statewide, '(burst 2)');
await until(() => page.events.length >= 1, 'a county page event');
await sleep(1500);
const pageEvents = page.events.map((e) => e.countyPageChanged);
expect(pageEvents.length === 1 && pageEvents[0].changes === 2 && pageEvents[0].county.name.includes('Bergen'),
  `two quick changes make one county page event (${JSON.stringify(pageEvents)})`);
page.dispose();
await again.dispose();
void burst;

if (failures.length > 0) {
  console.error(`graphql-ws subscriptions: ${failures.length} failures`);
  process.exit(1);
}
console.log('graphql-ws subscriptions: OK');
process.exit(0);
