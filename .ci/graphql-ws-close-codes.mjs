#!/usr/bin/env node
// graphql-transport-ws protocol errors and limits, on raw sockets (the `ws` package) so every close code is seen
// as the server sends it. The server must run with Subscriptions:ConnectionInitTimeout=00:00:01,
// Subscriptions:MaxOpenPerCaller=2 and Subscriptions:MaxReplay=5 (the xunit test starts it so).
// Usage: node .ci/graphql-ws-close-codes.mjs <graphql url> <api key>. Exit code 1 on any failure, 2 on bad usage.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node .ci/graphql-ws-close-codes.mjs <graphql url> <api key>');
  process.exit(2);
}

const wsUrl = url.replace(/^http/, 'ws');
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

// Opens a socket, sends the messages once open, and resolves with what came back and how it closed.
function session(messages, { protocol = 'graphql-transport-ws', headers = {}, waitMs = 4000, closeAfter } = {}) {
  return new Promise((resolve) => {
    const received = [];
    const socket = protocol ? new WebSocket(wsUrl, protocol, { headers }) : new WebSocket(wsUrl, { headers });
    const timer = setTimeout(() => { socket.terminate(); resolve({ received, code: null, reason: 'no close' }); }, waitMs);
    socket.on('open', () => { for (const m of messages) socket.send(typeof m === 'string' ? m : JSON.stringify(m)); });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      received.push(message);
      if (closeAfter?.(received)) { clearTimeout(timer); socket.close(1000); resolve({ received, code: 'client', reason: '' }); }
    });
    socket.on('unexpected-response', (_, response) => { clearTimeout(timer); resolve({ received, status: response.statusCode }); });
    socket.on('close', (code, reason) => { clearTimeout(timer); resolve({ received, code, reason: reason.toString() }); });
    socket.on('error', () => {});
  });
}

const init = { type: 'connection_init' };
const subscribe = (id, query, variables) => ({ id, type: 'subscribe', payload: { query, variables } });

let r = await session([init], { protocol: null });
expect(r.code === 4406, `no graphql-transport-ws subprotocol: 4406 (${r.code} ${r.reason})`);

r = await session([subscribe('1', '{ states { totalCount } }')]);
expect(r.code === 4401, `subscribe before connection_init: 4401 (${r.code} ${r.reason})`);

r = await session([init, init]);
expect(r.received[0]?.type === 'connection_ack' && r.code === 4429, `a second connection_init: 4429 (${r.code} ${r.reason})`);

r = await session([]);
expect(r.code === 4408, `no connection_init within the timeout: 4408 (${r.code} ${r.reason})`);

r = await session([init, 'not json']);
expect(r.code === 4400, `a message that is not JSON: 4400 (${r.code} ${r.reason})`);

r = await session([init, { type: 'next', id: '1', payload: {} }]);
expect(r.code === 4400, `a message type clients may not send: 4400 (${r.code} ${r.reason})`);

r = await session([init, { id: '1', type: 'subscribe', payload: { variables: {} } }]);
expect(r.code === 4400, `subscribe without a query: 4400 (${r.code} ${r.reason})`);

r = await session([init, subscribe('same', 'subscription { recordChanged { sequence } }'), subscribe('same', 'subscription { recordChanged { sequence } }')]);
expect(r.code === 4409, `two operations with one id: 4409 (${r.code} ${r.reason})`);

r = await session([{ type: 'connection_init', payload: { authorization: 'Bearer not-a-key' } }]);
expect(r.code === 4403, `a bad API key in connection_init: 4403 (${r.code} ${r.reason})`);

r = await session([init], { headers: { origin: 'https://evil.example' } });
expect(r.status === 403, `a browser page of another origin: HTTP 403 before the upgrade (${r.status ?? r.code})`);

r = await session([init], { waitMs: 8000 });
expect(r.received[0]?.type === 'connection_ack' && r.code === 1000 && r.reason.startsWith('Idle'), `a connection without operations is closed when idle: 1000 (${r.code} ${r.reason})`);

r = await session([init, { type: 'ping' }], { closeAfter: (m) => m.some((x) => x.type === 'pong') });
expect(r.received.some((m) => m.type === 'pong'), 'ping is answered with pong');

// Validation errors before execution are `error` messages; the connection stays open.
r = await session([init, subscribe('v', '{ nosuchfield }'), subscribe('q', '{ states { totalCount } }')],
  { closeAfter: (m) => m.some((x) => x.id === 'q' && x.type === 'complete') });
const validation = r.received.find((m) => m.id === 'v');
expect(validation?.type === 'error' && validation.payload[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED', `a validation error is an error message (${JSON.stringify(validation)})`);
expect(r.received.some((m) => m.id === 'q' && m.type === 'next'), 'the connection keeps serving after an operation error');

// Depth and cost limits apply as over HTTP.
let nested = 'code';
for (let i = 0; i < 6; i++) nested = `counties(first: 1) { nodes { state { ${nested} } } }`;
const deep = `{ states { nodes { ${nested} } } }`;
r = await session([init, subscribe('d', deep)], { closeAfter: (m) => m.some((x) => x.id === 'd') });
const limited = r.received.find((m) => m.id === 'd');
expect(limited?.type === 'error' && limited.payload[0]?.extensions?.code === 'MAX_DEPTH_EXCEEDED', `the depth limit applies (${limited?.payload?.[0]?.extensions?.code})`);

// since: beyond the replay window (5 changes) is a coded error.
r = await session([init, subscribe('old', 'subscription { recordChanged(since: 0) { sequence } }')], { closeAfter: (m) => m.some((x) => x.id === 'old' && x.type === 'complete') });
const window = r.received.find((m) => m.id === 'old' && m.type === 'next');
expect(window?.payload?.errors?.[0]?.extensions?.code === 'REPLAY_WINDOW_EXCEEDED', `since: before the replay window: REPLAY_WINDOW_EXCEEDED (${JSON.stringify(window?.payload?.errors?.[0])})`);

// At most two open subscriptions per caller: the third is refused, the connection stays.
r = await session([init, subscribe('a', 'subscription { recordChanged { sequence } }'), subscribe('b', 'subscription { recordChanged { sequence } }'), subscribe('c', 'subscription { recordChanged { sequence } }')],
  { closeAfter: (m) => m.some((x) => x.id === 'c') });
const third = r.received.find((m) => m.id === 'c');
expect(third?.type === 'error' && third.payload[0]?.extensions?.code === 'SUBSCRIPTION_LIMIT_EXCEEDED', `a third open subscription: SUBSCRIPTION_LIMIT_EXCEEDED (${JSON.stringify(third)})`);

// A completed subscription frees its place.
r = await session([init, subscribe('a', 'subscription { recordChanged { sequence } }'), { id: 'a', type: 'complete' },
  subscribe('b', 'subscription { recordChanged { sequence } }'), subscribe('c', 'subscription { recordChanged { sequence } }'), subscribe('q', '{ states { totalCount } }')],
  { closeAfter: (m) => m.some((x) => x.id === 'q' && x.type === 'complete') });
expect(!r.received.some((m) => m.type === 'error'), `completing a subscription frees its place (${JSON.stringify(r.received.filter((m) => m.type === 'error'))})`);

// A subscriber that lets changes pile up (more than one waiting) is closed with 1013 and a reason, not buffered:
// several changes committed together reach it in one batch.
const partners = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ partners(state: "NJ", first: 8) { nodes { id version name } } }' }) })).json();
const slow = session([init, subscribe('s', 'subscription { recordChanged { sequence record { id } } }')], { waitMs: 15000 });
await new Promise((resolve) => setTimeout(resolve, 1000));
await Promise.all(partners.data.partners.nodes.map((p) => fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
  body: JSON.stringify({ query: 'mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { errors { __typename } } }', variables: { input: { id: p.id, version: p.version, name: `${p.name} (burst)` } } }),
})));
r = await slow;
expect(r.code === 1013 && r.reason.includes('since'), `a subscriber that falls behind: 1013 with a reason (${r.code} ${r.reason})`);

// The graphql-ws client reports a close code as the server sent it.
const closed = await new Promise((resolve) => {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { apiKey: 'not-a-key' }, retryAttempts: 0, lazy: false, onNonLazyError: (e) => resolve(e) });
  client.on('closed', (event) => resolve(event));
});
expect(closed?.code === 4403, `graphql-ws sees 4403 for a bad apiKey (${closed?.code} ${closed?.reason})`);

if (failures.length > 0) {
  console.error(`graphql-ws close codes: ${failures.length} failures`);
  process.exit(1);
}
console.log('graphql-ws close codes: OK');
process.exit(0);
