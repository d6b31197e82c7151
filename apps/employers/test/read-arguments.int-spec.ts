import 'reflect-metadata';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { clientErrorCodes, hostileStrings } from '@jobbnatet/testing';
import { registerEmployer, startEmployers } from './support/employers';

/** Every argument of every read, given the shared hostile corpus, by the roles that reach data. */
describe('reads under hostile arguments', () => {
  let employers: Subgraph;
  let id: string;

  beforeAll(async () => {
    employers = await startEmployers();
    ({ id } = await registerEmployer(employers, callers.officer('af-sodertalje')));
  });

  afterAll(() => employers?.stop({ dropDatabase: true }));

  const reads = () => [
    'query Q($v: ID!) { employer(id: $v) { id } }',
    'query Q($v: String!) { employers(after: $v) { nodes { id } } }',
    'query Q($v: String!) { employers(filter: { name: $v, sniCode: $v, officeId: $v }) { nodes { id } } }',
    'query Q($v: ID!) { competenceNeed(id: $v) { id } }',
    'query Q($v: ID!) { competenceProfile(id: $v) { id } }',
    'query Q($v: ID!) { letterOfIntent(id: $v) { id } }',
    'query Q($v: String!) { myEmployerWork(from: $v, to: $v) { contacts } }',
    'query Q($v: String!) { officeEmployerWork(officeId: $v, from: "2026-01-01", to: "2026-12-31") { contacts } }',
    `query Q($v: String!) { employer(id: "${id}") { contacts(from: $v, to: $v) { id } } }`,
  ];

  it('answers with data or a client error, never a server error, and never echoes the value', async () => {
    const failures: string[] = [];
    for (const query of reads()) {
      for (const value of [...hostileStrings, 'x'.repeat(100_000)]) {
        for (const caller of [
          callers.officer('af-sodertalje'),
          callers.admin(),
          callers.employerContact(id),
          { ...callers.processLeader(), officeId: 'af-sodertalje' },
        ]) {
          const response = await employers.call(caller, query, { v: value });
          const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
          if (codes.includes('GRAPHQL_VALIDATION_FAILED')) failures.push(`${query}: invalid`);
          const echoed =
            value.trim().length >= 4 &&
            JSON.stringify(response.errors ?? []).includes(JSON.stringify(value).slice(1, -1));
          if (
            response.status >= 500 ||
            !codes.every((code) => clientErrorCodes.includes(code)) ||
            echoed
          ) {
            failures.push(
              `${query} as ${caller.role}: ${response.status} ${codes.join(',')}${echoed ? ' echoed' : ''}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
