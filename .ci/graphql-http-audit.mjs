#!/usr/bin/env node
// Runs the graphql-http server audits (GraphQL over HTTP spec conformance) against a live endpoint.
// Usage: node .ci/graphql-http-audit.mjs http://127.0.0.1:5000/graphql
// Exit code 1 when any MUST or SHOULD audit fails (or the server cannot be reached), 2 on bad usage. MAY audits are
// reported only; docs/graphql-transport.md explains the ones we leave out.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node .ci/graphql-http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const counts = {};
let requiredFailures = 0;
for (const audit of serverAudits({ url })) {
  const level = audit.name.split(' ')[0];
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    result = { status: 'error', reason: `fatal: ${error?.message ?? error}` };
  }
  const ok = result.status === 'ok';
  counts[level] ??= { passed: 0, failed: 0 };
  counts[level][ok ? 'passed' : 'failed'] += 1;
  if (!ok && (level === 'MUST' || level === 'SHOULD')) requiredFailures += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'} [${audit.id}] ${audit.name}${ok ? '' : ` — ${result.reason}`}`);
}

console.log('');
for (const level of ['MUST', 'SHOULD', 'MAY']) {
  const { passed = 0, failed = 0 } = counts[level] ?? {};
  console.log(`${level}: ${passed} passed, ${failed} failed`);
}
process.exit(requiredFailures > 0 ? 1 : 0);
