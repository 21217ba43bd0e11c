#!/usr/bin/env node
// Introspects a live endpoint the way graphql-js tools do (getIntrospectionQuery with every option), builds a client
// schema from the answer and compares it both ways with the published SDL: any breaking change is a failure.
// Usage: node .ci/graphql-js-introspection.mjs http://127.0.0.1:5000/graphql schema/schema.graphql
// Exit code 1 on any failure, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, findBreakingChanges, getIntrospectionQuery, isScalarType, specifiedScalarTypes } from 'graphql';

const [url, sdlPath] = process.argv.slice(2);
if (!url || !sdlPath) {
  console.error('usage: node .ci/graphql-js-introspection.mjs <graphql endpoint url> <schema.graphql>');
  process.exit(2);
}

const failures = [];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
console.log(`introspection: HTTP ${response.status}, ${body.errors?.length ?? 0} errors`);
if (response.status !== 200 || body.errors) {
  console.log(JSON.stringify(body.errors, null, 2));
  process.exit(1);
}

const live = buildClientSchema(body.data);
const published = buildSchema(readFileSync(sdlPath, 'utf8'));
for (const [name, changes] of [
  ['published -> live', findBreakingChanges(published, live)],
  ['live -> published', findBreakingChanges(live, published)],
]) {
  console.log(`${name}: ${changes.length} breaking changes`);
  for (const change of changes) failures.push(`${name}: ${change.type} ${change.description}`);
}

const builtIn = new Set(specifiedScalarTypes.map((t) => t.name));
for (const type of Object.values(live.getTypeMap())) {
  if (isScalarType(type) && !builtIn.has(type.name) && !type.specifiedByURL) {
    failures.push(`scalar ${type.name} has no specifiedByURL`);
  }
}
for (const name of ['skip', 'include', 'deprecated', 'specifiedBy', 'oneOf']) {
  if (!live.getDirective(name)) failures.push(`directive @${name} is not introspected`);
}

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(failures.length === 0 ? 'graphql-js introspection: OK' : `graphql-js introspection: ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
