#!/usr/bin/env node
// Apollo Client's normalised cache (InMemoryCache) against a live endpoint, as an Apollo app uses it:
// - possibleTypes generated from introspection (Apollo's documented way), so `... on Error` matches every error type;
// - mutation payloads: `errors: null` on success, the union's ConflictError on a stale version, both read back from the cache;
// - the change feed read through the cache keeps every change: several changes of one record stay distinct entries,
//   exactly as the server sent them (a shared `id` would fold them into one).
// Usage: node .ci/apollo-cache.mjs <graphql endpoint url> <api key with a scope covering the first NJ partner>
// Exit code 1 on any failure, 2 on bad usage.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node .ci/apollo-cache.mjs <graphql endpoint url> <api key>');
  process.exit(2);
}

const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };

async function post(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

// possibleTypes as Apollo's documentation generates them: every union and interface with its members.
const schema = await post('{ __schema { types { kind name possibleTypes { name } } } }');
const possibleTypes = Object.fromEntries(schema.data.__schema.types
  .filter((t) => t.kind === 'UNION' || t.kind === 'INTERFACE')
  .map((t) => [t.name, t.possibleTypes.map((p) => p.name)]));
console.log(`possibleTypes: Error -> ${possibleTypes.Error?.join(', ')}; UpdatePartnerError -> ${possibleTypes.UpdatePartnerError?.join(', ')}`);

const client = new ApolloClient({
  cache: new InMemoryCache({ possibleTypes }),
  link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }),
});

const ERRORS = 'errors { __typename ... on Error { message } ... on ValidationError { code path } ... on ConflictError { code path } ... on NotFoundError { code path } ... on ForbiddenError { code path } }';
const RENAME_FIELDS = `($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id version name } ${ERRORS} } }`;
const RENAME = gql(`mutation Rename${RENAME_FIELDS}`);
// The cache reads only query documents; the same selection read from the ROOT_MUTATION entry.
const RENAME_RESULT = gql(`query RenameResult${RENAME_FIELDS}`);
const ARCHIVE = gql(`mutation Archive($input: ArchivePartnerInput!) { archivePartner(input: $input) { partner { id version } ${ERRORS} } }`);
const FEED = `query Feed($since: DateTime!) { changes(since: $since, first: 50) { nodes { id sequence recordId kind version } } }`;

const partners = await client.query({ query: gql('{ partners(state: "NJ", first: 1) { nodes { id version name } } }') });
const partner = partners.data.partners.nodes[0];
console.log(`partner ${partner.id} at version ${partner.version}`);

// Two renames and an archive of one record: three changes of the same record. The feed is read from a second
// before them (same machine, same clock), after the seed's own changes.
const since = new Date(Date.now() - 1000).toISOString();
const first = await client.mutate({ mutation: RENAME, variables: { input: { id: partner.id, version: partner.version, name: `${partner.name} (first)` } } });
const second = await client.mutate({ mutation: RENAME, variables: { input: { id: partner.id, version: partner.version + 1, name: `${partner.name} (second)` } } });
const staleInput = { input: { id: partner.id, version: partner.version, name: 'stale' } };
// keepRootFields: Apollo otherwise drops ROOT_MUTATION fields from the cache once a mutation finishes.
const stale = await client.mutate({ mutation: RENAME, variables: staleInput, keepRootFields: true });
// The refusal read back from the cache (before the next mutation clears ROOT_MUTATION): the `... on Error` fragment
// needs possibleTypes to match ConflictError.
const cachedStale = client.cache.readQuery({ query: RENAME_RESULT, variables: staleInput, id: 'ROOT_MUTATION' });
const archived = await client.mutate({ mutation: ARCHIVE, variables: { input: { id: partner.id } } });

for (const [name, result, version] of [['first rename', first, partner.version + 1], ['second rename', second, partner.version + 2]]) {
  expect(result.data.updatePartner.errors === null, `${name}: errors is ${JSON.stringify(result.data.updatePartner.errors)}, not null`);
  expect(result.data.updatePartner.partner?.version === version, `${name}: version ${result.data.updatePartner.partner?.version}, expected ${version}`);
}
expect(archived.data.archivePartner.errors === null, `archive: errors is ${JSON.stringify(archived.data.archivePartner.errors)}, not null`);

const conflict = cachedStale?.updatePartner?.errors?.[0];
console.log(`stale rename from the cache: ${JSON.stringify(cachedStale?.updatePartner)}`);
expect(stale.data.updatePartner.partner === null, 'stale rename: partner is not null');
expect(conflict?.__typename === 'ConflictError' && conflict.code === 'CONFLICT', 'stale rename: no ConflictError with code CONFLICT in the cache');
expect(typeof conflict?.message === 'string' && conflict.message.length > 0, 'stale rename: Error.message was not read through `... on Error`');
expect(JSON.stringify(conflict?.path) === '["input","version"]', `stale rename: path ${JSON.stringify(conflict?.path)}`);

// The normalised Partner entry holds the last write.
const cachedPartner = client.cache.readFragment({ id: client.cache.identify({ __typename: 'Partner', id: partner.id }), fragment: gql('fragment P on Partner { version name }') });
expect(cachedPartner?.name === `${partner.name} (second)`, `cached partner name ${cachedPartner?.name}`);

// The change feed through the cache equals the server's answer, change by change.
const viaCache = await client.query({ query: gql(FEED), variables: { since }, fetchPolicy: 'network-only' });
const cachedFeed = client.cache.readQuery({ query: gql(FEED), variables: { since } });
const raw = await post(FEED, { since });
const shape = (nodes) => nodes.map(({ id, sequence, recordId, kind, version }) => ({ id, sequence, recordId, kind, version }));
expect(raw.errors === undefined, `feed: ${JSON.stringify(raw.errors)}`);
expect(JSON.stringify(shape(viaCache.data.changes.nodes)) === JSON.stringify(shape(raw.data.changes.nodes)), 'feed: the query result differs from the server answer');
expect(JSON.stringify(shape(cachedFeed.changes.nodes)) === JSON.stringify(shape(raw.data.changes.nodes)), 'feed: the cache differs from the server answer');
const mine = shape(cachedFeed.changes.nodes).filter((c) => c.recordId === partner.id);
console.log(`changes of the partner read from the cache: ${JSON.stringify(mine)}`);
expect(JSON.stringify(mine.map((c) => [c.kind, c.version])) === JSON.stringify([['UPDATED', partner.version + 1], ['UPDATED', partner.version + 2], ['ARCHIVED', partner.version + 3]]),
  'feed: the partner\'s three changes are not all there, distinct and in order');
const changeEntries = Object.keys(client.cache.extract()).filter((id) => id.startsWith('Change:'));
expect(changeEntries.length === raw.data.changes.nodes.length, `feed: ${changeEntries.length} Change entries in the cache for ${raw.data.changes.nodes.length} changes`);

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(failures.length === 0 ? 'apollo cache: OK' : `apollo cache: ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
