#!/usr/bin/env node
// Apollo Client's relayStylePagination over the live server's keyset cursors while another client writes:
// page 1 of a partner list is read, then a second (plain fetch) client adds a partner before the cursor, one after
// it, and archives one not yet read; Apollo pages on with fetchMore-style queries and merges into InMemoryCache.
// The merged list must hold every partner still listed once, in order: none skipped, none repeated.
// Usage: node .ci/apollo-relay-pagination.mjs http://127.0.0.1:5000/graphql <API key for NJ>
// Exits 1 on any failure, 2 on bad usage.
import { randomUUID } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node .ci/apollo-relay-pagination.mjs <graphql endpoint url> <API key for NJ>');
  process.exit(2);
}

const prefix = `Relay ${randomUUID().slice(0, 8)}`;
const name = (n) => `${prefix} ${n}`;

// The other client: plain HTTP with an API key, as an editor's tool would write.
async function write(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(`write failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

const create = async (n) => (await write(
  'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }',
  { input: { state: 'NJ', name: name(n), serviceAreas: [{ kind: 'COUNTY', code: '34003' }] } },
)).createPartner.partner.id;

const ids = {};
for (const n of ['01', '03', '05', '07', '09', '11']) {
  ids[n] = await create(n);
}

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache({ typePolicies: { Query: { fields: { partners: relayStylePagination(['where', 'order']) } } } }),
});

const PAGE = gql`
  query Page($where: PartnerFilterInput, $after: String) {
    partners(first: 2, after: $after, where: $where) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const where = { name: { startsWith: prefix } };

let page = (await client.query({ query: PAGE, variables: { where }, fetchPolicy: 'network-only' })).data.partners;
console.log(`page 1: ${page.edges.map((e) => e.node.name).join(', ')}`);

await create('00');
await create('12');
await write('mutation($id: ID!) { archivePartner(input: { id: $id }) { __typename } }', { id: ids['07'] });
console.log('wrote: added 00 (before the cursor) and 12 (after it), archived 07');

let pages = 1;
while (page.pageInfo.hasNextPage && pages < 20) {
  page = (await client.query({ query: PAGE, variables: { where, after: page.pageInfo.endCursor }, fetchPolicy: 'network-only' })).data.partners;
  pages++;
  console.log(`after page ${pages} the cache holds: ${page.edges.map((e) => e.node.name).join(', ')}`);
}

const merged = client.readQuery({ query: PAGE, variables: { where } }).partners.edges.map((e) => e.node.name);
const expected = ['01', '03', '05', '09', '11', '12'].map(name);
console.log(`merged in InMemoryCache: ${merged.join(', ')}`);
const failures = [];
if (JSON.stringify(merged) !== JSON.stringify(expected)) {
  failures.push(`expected ${expected.join(', ')}`);
}
if (new Set(merged).size !== merged.length) {
  failures.push('an item is repeated');
}

if (failures.length > 0) {
  console.log(`apollo relay pagination: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('apollo relay pagination: OK');
