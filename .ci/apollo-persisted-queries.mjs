#!/usr/bin/env node
// Apollo Client's Automatic Persisted Queries against a live endpoint, as an Apollo app runs them:
// an unregistered query (hash only -> PERSISTED_QUERY_NOT_FOUND -> retried with the query, which registers it),
// then a fresh client sending the hash alone, over POST and over GET (useGETForHashedQueries).
// Usage: node .ci/apollo-persisted-queries.mjs http://127.0.0.1:5000/graphql
// Prints one line per HTTP request and exits 1 on any failure, 2 on bad usage.
import { createHash, randomUUID } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const url = process.argv[2];
if (!url) {
  console.error('usage: node .ci/apollo-persisted-queries.mjs <graphql endpoint url>');
  process.exit(2);
}

const failures = [];
const requests = [];

// Records what each request carried and what came back, so the protocol steps can be checked.
async function recordingFetch(input, init) {
  const target = new URL(typeof input === 'string' ? input : input.url);
  const body = init?.body ? JSON.parse(init.body) : null;
  const sent = body ?? {
    query: target.searchParams.get('query') ?? undefined,
    extensions: target.searchParams.get('extensions') ? JSON.parse(target.searchParams.get('extensions')) : undefined,
  };
  const response = await fetch(input, init);
  const answer = await response.clone().json();
  const entry = {
    method: init?.method ?? 'GET',
    withQuery: typeof sent.query === 'string',
    withHash: typeof sent.extensions?.persistedQuery?.sha256Hash === 'string',
    status: response.status,
    codes: (answer.errors ?? []).map((e) => e.extensions?.code),
  };
  requests.push(entry);
  console.log(JSON.stringify(entry));
  return response;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function client(useGETForHashedQueries) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  });
}

async function scenario(name, useGETForHashedQueries) {
  // An operation name unique to this run makes a document the server has never seen (Apollo prints documents
  // without comments, so a comment would not do).
  const query = gql(`query States_${name}_${randomUUID().replaceAll('-', '')} { states { totalCount nodes { code } } }`);
  const from = requests.length;
  const first = await client(useGETForHashedQueries).query({ query, fetchPolicy: 'network-only' });
  const unregistered = requests.slice(from);
  const expect = (ok, what) => { if (!ok) failures.push(`${name}: ${what}`); };
  expect(first.data?.states?.totalCount > 0, 'the first query returned no states');
  expect(unregistered.length === 2, `expected 2 requests for an unregistered query, saw ${unregistered.length}`);
  expect(unregistered[0]?.withHash && !unregistered[0]?.withQuery && unregistered[0]?.codes.includes('PERSISTED_QUERY_NOT_FOUND'), 'the hash alone was not answered with PERSISTED_QUERY_NOT_FOUND');
  expect(unregistered[1]?.withHash && unregistered[1]?.withQuery && unregistered[1]?.status === 200 && unregistered[1]?.codes.length === 0, 'the retry with the query did not succeed');

  const again = requests.length;
  const second = await client(useGETForHashedQueries).query({ query, fetchPolicy: 'network-only' });
  const registered = requests.slice(again);
  expect(second.data?.states?.totalCount === first.data?.states?.totalCount, 'the hash-only query returned different data');
  expect(registered.length === 1 && registered[0].withHash && !registered[0].withQuery && registered[0].status === 200, 'a registered query was not run from its hash alone');
  expect(!useGETForHashedQueries || registered[0]?.method === 'GET', 'the hashed query did not go over GET');
}

await scenario('post', false);
await scenario('get', true);

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(failures.length === 0 ? 'apollo persisted queries: OK' : `apollo persisted queries: ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
