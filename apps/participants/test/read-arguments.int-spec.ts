import 'reflect-metadata';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { clientErrorCodes, hostileStrings } from '@jobbnatet/testing';
import { register, startParticipants } from './support/participants';

/** Every argument of every read, given the shared hostile corpus, by the roles that reach data. */
describe('reads under hostile arguments', () => {
  let participants: Subgraph;
  let id: string;

  beforeAll(async () => {
    participants = await startParticipants();
    ({ id } = await register(participants, callers.officer('af-sodertalje')));
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  const reads = () => [
    'query Q($v: ID!) { participant(id: $v) { id } }',
    `query Q($v: String!) { participant(id: "${id}", reason: $v) { id givenName } }`,
    `query Q($v: String!) { participant(id: "${id}") { activitySupportCost(from: $v, to: $v) } }`,
    'query Q($v: String!) { participants(after: $v) { edges { cursor } } }',
    'query Q($v: String!) { participants(reason: $v, filter: { name: $v }) { totalCount } }',
    'query Q($v: String!) { participants(filter: { officeId: $v }) { totalCount edges { cursor } } }',
    'query Q($v: String!) { participants(filter: { municipalityCode: $v }) { totalCount } }',
    'query Q($v: String!) { retentionChecks(after: $v) { edges { cursor } } }',
    'query Q($v: String!) { referrals(after: $v) { edges { cursor } } }',
    'query Q($v: ID!) { referral(id: $v) { id } }',
    'query Q($v: String!, $w: ID!) { accessLog(after: $v, filter: { participantId: $w, userId: $w }) { entries { id } } }',
  ];

  it('answers with data or a client error, never a server error, and never echoes the value', async () => {
    const failures: string[] = [];
    const answered = new Set<string>();
    for (const query of reads()) {
      for (const value of [...hostileStrings, 'x'.repeat(100_000)]) {
        for (const caller of [
          callers.officer('af-sodertalje'),
          callers.admin(),
          callers.caseWorker('0181'),
        ]) {
          const variables = query.includes('$w') ? { v: value, w: value } : { v: value };
          const response = await participants.call(caller, query, variables);
          const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
          if (!response.errors) answered.add(query);
          // Every operation is valid GraphQL: the value, not the query, is what is tested.
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
    // Most reads take some hostile value as data (an id that matches nothing, a reason, a name).
    expect(answered.size).toBeGreaterThanOrEqual(reads().length - 3);
  });

  it('names the filter field an office or kommun that does not exist was given in', async () => {
    const officer = callers.officer('af-sodertalje');
    const office = await participants.call(
      officer,
      '{ participants(filter: { officeId: "af-\\u0000" }) { totalCount } }',
    );
    expect(office.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.officeId',
    });
    const kommun = await participants.call(
      officer,
      '{ participants(filter: { municipalityCode: "9999" }) { totalCount } }',
    );
    expect(kommun.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.municipalityCode',
    });
  });
});
