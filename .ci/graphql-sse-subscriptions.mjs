#!/usr/bin/env node
// Subscriptions with the real `graphql-sse` client (GraphQL over Server-Sent Events, distinct connections mode):
// a query and a subscription filtered to one county (its own partner's change arrives, another county's does not),
// `since:` replay after a reconnect, and the refusals that are not event streams.
// Usage: node .ci/graphql-sse-subscriptions.mjs <graphql url> <api key covering NJ>. Exit code 1 on failure, 2 on bad usage.
import { createClient } from 'graphql-sse';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node .ci/graphql-sse-subscriptions.mjs <graphql url> <api key>');
  process.exit(2);
}

const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const client = createClient({ url, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 });

async function post(query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function collect(query, variables) {
  const events = [];
  const errors = [];
  let completed = false;
  const dispose = client.subscribe({ query, variables }, {
    next: (value) => (value.errors ? errors.push(value.errors) : events.push(value.data)),
    error: (error) => errors.push(String(error)),
    complete: () => { completed = true; },
  });
  return { events, errors, dispose, completed: () => completed };
}

async function until(predicate, what, ms = 20000) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) { failures.push(`timed out waiting for ${what}`); console.log(`FAIL timed out waiting for ${what}`); return; }
    await sleep(25);
  }
}

const versions = new Map();
async function rename(partner, suffix) {
  const data = await post('mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { version } errors { __typename } } }',
    { input: { id: partner.id, version: versions.get(partner.id) ?? partner.version, name: `${partner.name} ${suffix}` } });
  if (data.updatePartner.errors) throw new Error(JSON.stringify(data.updatePartner.errors));
  versions.set(partner.id, data.updatePartner.partner.version);
}

const counties = (await post('{ counties(state: "NJ", first: 50) { nodes { slug partners(first: 50) { nodes { id version name scope } } } } }')).counties.nodes;
const bergen = counties.find((c) => c.slug === 'bergen');
const local = bergen.partners.nodes.find((p) => p.scope === 'COUNTY');
const bergenIds = new Set(bergen.partners.nodes.map((p) => p.id));
const elsewhere = counties.filter((c) => c.slug !== 'bergen').flatMap((c) => c.partners.nodes).find((p) => p.scope === 'COUNTY' && !bergenIds.has(p.id));

const query = collect('{ states { totalCount } }');
await until(query.completed, 'the query to complete');
expect(query.events[0]?.states?.totalCount >= 2, `a query over SSE: one next, then complete (${JSON.stringify(query.events)})`);

const invalid = collect('{ nosuchfield }');
await until(invalid.completed, 'the invalid query to complete');
expect(JSON.stringify(invalid.errors).includes('GRAPHQL_VALIDATION_FAILED'), 'a validation error arrives in the stream, as the protocol asks');

const inBergen = collect('subscription { recordChanged(county: "34003") { sequence recordId record { ... on Partner { name } } } }');
// The subscription is live once it has received something: a probe write proves it before the writes that count.
// A write made before the server registered the subscription is never sent (no since:), so probe until one arrives.
for (let attempt = 0; attempt < 10 && inBergen.events.length === 0; attempt++) {
  await rename(local, '(sse probe)');
  const start = Date.now();
  while (inBergen.events.length === 0 && Date.now() - start < 3000) await sleep(25);
}
expect(inBergen.events.length >= 1, 'the subscription is live (a probe write arrived)');
await sleep(500);
inBergen.events.length = 0;
await rename(elsewhere, '(sse elsewhere)');
await rename(local, '(sse local)');
await until(() => inBergen.events.length >= 1, 'the Bergen change');
await sleep(1500);
expect(inBergen.events.length === 1 && inBergen.events[0].recordChanged.recordId === local.id, `the county subscriber gets its own partner's change only (${inBergen.events.length})`);
expect(inBergen.events[0]?.recordChanged.record?.name?.endsWith('(sse local)'), 'the event carries the record');
const last = inBergen.events[0]?.recordChanged.sequence ?? 0;
inBergen.dispose();

await rename(local, '(sse missed)');
const resumed = collect('subscription($since: Long) { recordChanged(since: $since, county: "NJ/bergen") { sequence recordId } }', { since: last });
await until(() => resumed.events.length >= 1, 'the missed change');
await sleep(1000);
expect(resumed.events.length === 1 && resumed.events[0].recordChanged.sequence > last, `since: replays the missed change once (${JSON.stringify(resumed.events)})`);
resumed.dispose();

const batch = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: '[{"query":"{ __typename }"}]' });
expect(batch.status === 400 && (await batch.json()).errors[0].extensions.code === 'INVALID_REQUEST', `a batch is no event stream: 400 INVALID_REQUEST (${batch.status})`);
const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain', accept: 'text/event-stream' }, body: '{"query":"{ __typename }"}' });
expect(form.status === 415, `a body that is not JSON: 415 (${form.status})`);
const plain = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"subscription { recordChanged { sequence } }"}' });
expect(plain.status === 406 && (await plain.json()).errors[0].message.includes('text/event-stream'), `a subscription over plain HTTP: 406 naming the transports (${plain.status})`);

const getMutation = await fetch(`${url}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: 'text/event-stream' } });
const getText = await getMutation.text();
expect(getText.includes('METHOD_NOT_ALLOWED') && getText.includes('event: complete'), 'a mutation over GET is refused in the stream');
const getQuery = await (await fetch(`${url}?query=${encodeURIComponent('{ states { totalCount } }')}`, { headers: { accept: 'text/event-stream' } })).text();
expect(getQuery.startsWith('event: next') && getQuery.includes('totalCount'), 'a query over GET streams its result');

client.dispose();
if (failures.length > 0) {
  console.error(`graphql-sse subscriptions: ${failures.length} failures`);
  process.exit(1);
}
console.log('graphql-sse subscriptions: OK');
process.exit(0);
