/**
 * Anonymous reads that once reached the database malformed (a 500 with the failed SQL in the log),
 * each with the answer it must get now: the status and what the message must say. Shared by the
 * integration test (both databases) and the end-to-end test against the built server.
 */
export interface MalformedRead {
  path: string
  status: 400 | 404
  message: RegExp
}

export const malformedReads: MalformedRead[] = [
  { path: '/api/clusters/abc', status: 400, message: /^id: "abc" is not an id; clusters ids are whole numbers\./ },
  { path: '/api/clusters/99999999999999999999', status: 404, message: /99999999999999999999/ },
  {
    path: '/api/clusters?where[slug][equals][$ne]=1',
    status: 400,
    message: /^where\[slug\]\[equals\]: expected one value, got an object/,
  },
  {
    path: '/api/clusters?where[name][equals][0]=a&where[name][equals][1]=b',
    status: 400,
    message: /^where\[name\]\[equals\]: expected one value, got a list/,
  },
  {
    path: `/api/clusters?where[createdAt][greater_than]=${encodeURIComponent("1' OR 1=1--")}`,
    status: 400,
    message: /^where\[createdAt\]\[greater_than\]: "1' OR 1=1--" is not a date/,
  },
  { path: '/api/clusters?where[id][near]=1,2,3', status: 400, message: /"near" works on geographic point fields only/ },
  { path: '/api/clusters?page=99999999999999999999', status: 400, message: /^page: expected a whole number from 1/ },
  { path: '/api/clusters?page=0', status: 400, message: /^page: expected a whole number from 1, got 0/ },
  { path: '/api/clusters?page=2147483647&limit=2147483647', status: 400, message: /^page: .* more documents than/ },
  { path: '/api/clusters?limit=-1', status: 400, message: /^limit: expected a whole number from 0/ },
  { path: '/api/clusters?limit=abc', status: 400, message: /^limit: .* got "abc"/ },
  { path: '/api/clusters?depth=999', status: 400, message: /^depth: expected a whole number from 0 to 10, got 999/ },
  { path: '/api/clusters?sort=nonexistent', status: 400, message: /^sort: "nonexistent" is not a field of clusters/ },
  { path: '/api/clusters?where[nonexistent][equals]=1', status: 400, message: /nonexistent/ },
  { path: '/api/clusters?where={bad', status: 400, message: /^where: not valid JSON/ },
  { path: '/api/clusters?where[and]=1', status: 400, message: /^where\[and\]: expected a list of conditions/ },
  { path: '/api/clusters?where[id][in]=a,b', status: 400, message: /^where\[id\]\[in\]\[0\]: "a" is not an id/ },
  { path: '/api/clusters?where[id][exists]=maybe', status: 400, message: /expected true or false, got "maybe"/ },
  { path: '/api/clusters?where[name][shout]=x', status: 400, message: /"shout" is not an operator/ },
  { path: '/api/organizations?where[parent][equals]=abc', status: 400, message: /"abc" is not an id; parent holds/ },
  {
    path: '/api/organizations?where[country][equals]=XX',
    status: 400,
    message: /"XX" is not one of the values of country/,
  },
  { path: '/api/clusters/count?where[id][equals]=abc', status: 400, message: /"abc" is not an id/ },
]

/** Well-formed reads of the same kinds, which must keep answering 200. */
export const wellFormedReads: string[] = [
  '/api/clusters?where[createdAt][greater_than]=2020-01-01&sort=-createdAt&page=1&limit=5&depth=1',
  '/api/organizations?where[or][0][name][like]=a&where[or][1][country][in]=PL,LT',
  '/api/clusters?where[translation.lt.status][equals]=missing',
  '/api/organizations?where[name.en][like]=a&locale=all&limit=0',
  `/api/clusters?where=${encodeURIComponent('{"id":{"exists":true}}')}`,
]

/** Words of SQL and database errors that must never reach a client. */
export const leakedInternals = /\b(select|insert|update|from|where)\s+["(]|SQLITE_|syntax error|relation "|\bparams:/i
