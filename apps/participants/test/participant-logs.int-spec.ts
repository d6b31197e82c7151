import 'reflect-metadata';
import { JsonLogger } from '@jobbnatet/service-kit';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant } from '@jobbnatet/testing';
import { registerMutation, startParticipants } from './support/participants';

const officer = callers.officer('af-sodertalje');

/** Every form of a person's identity number and names that a log line must never hold. */
function personalForms(input: { identityNumber: string; givenName: string; familyName: string }) {
  const n = input.identityNumber;
  return [
    n,
    n.slice(2),
    `${n.slice(0, 8)}-${n.slice(8)}`,
    `${n.slice(2, 8)}-${n.slice(8)}`,
    input.givenName,
    input.familyName,
  ];
}

describe('the service’s logs', () => {
  let participants: Subgraph;
  let lines: string[];

  beforeAll(async () => {
    participants = await startParticipants({
      env: { LOG_LEVEL: 'debug' },
      logger: new JsonLogger('participants', 'debug'),
    });
  });

  beforeEach(() => {
    lines = [];
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => lines.push(String(chunk)) > 0);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('never hold a registered person’s identity number or names, whether registration succeeds or fails', async () => {
    const ok = aParticipant().named('Loggerska', 'Spårlös').build();
    const invalid = {
      ...aParticipant().named('Ogiltig', 'Spårlös').build(),
      officeId: 'af-atlantis',
    };
    // A failure deep in the database: PostgreSQL's error detail quotes the whole failing row.
    const internal = aParticipant().named('Dagmar', 'Felsson').build();
    await participants.sql(
      "ALTER TABLE participant ADD CONSTRAINT refuse_marked_name CHECK (family_name <> 'Felsson')",
    );

    const responses = [];
    for (const input of [ok, ok, invalid, internal]) {
      responses.push(await participants.call(officer, registerMutation, { input }));
    }
    expect(responses.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      undefined,
      'CONFLICT',
      'BAD_USER_INPUT',
      'INTERNAL_SERVER_ERROR',
    ]);

    const output = lines.join('');
    // The internal failure was logged: the capture sees the service's real output.
    expect(output).toMatch(/refuse_marked_name/);
    // ...and so does the access line nestjs-pino writes for each request, without its body.
    expect(output).toMatch(/"path":"\/graphql".*"msg":"request completed"/);
    for (const form of [ok, invalid, internal].flatMap(personalForms)) {
      expect({ form, found: output.includes(form) }).toEqual({ form, found: false });
    }
  });
});
