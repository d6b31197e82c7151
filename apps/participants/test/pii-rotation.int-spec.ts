import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { callers, type Subgraph, testDatabaseServer } from '@jobbnatet/subgraph-testing';
import { aParticipant, type ParticipantRegistration } from '@jobbnatet/testing';
import { register, registerMutation, startParticipants } from './support/participants';

const key = (): string => randomBytes(32).toString('base64');
const officer = callers.officer('af-sodertalje');
const byId = 'query One($id: ID!) { participant(id: $id) { identityNumber } }';
const oldKeys = { encryption: `k1:${key()}`, index: `i1:${key()}` };
const newKeys = { encryption: `k2:${key()}`, index: `i2:${key()}` };

const keyEnv = (encryption: string, index: string) => ({
  PII_ENCRYPTION_KEYS: encryption,
  PII_BLIND_INDEX_KEYS: index,
});

/** `pnpm pii:rekey` as an operator runs it: the built command, with the service's environment. */
function rekeyCommand(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(__dirname, '../dist/rekey-pii.js')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Rotating both PII keys: reads and uniqueness hold before, during and after the re-key. */
describe('rotating the PII keys', () => {
  const people: { id: string; input: ParticipantRegistration }[] = [];
  let databaseName: string;
  let participants: Subgraph | undefined;

  const start = (encryption: string, index: string) =>
    startParticipants({ databaseName, env: keyEnv(encryption, index) });
  const identityNumberOf = async (subgraph: Subgraph, id: string) =>
    (await subgraph.call<{ participant: { identityNumber: string } }>(officer, byId, { id })).data
      ?.participant.identityNumber;
  const registerAgain = async (subgraph: Subgraph, input: ParticipantRegistration) =>
    (
      await subgraph.call(officer, registerMutation, {
        // The 10-digit form: the same person, spelled differently.
        input: { ...input, identityNumber: input.identityNumber.slice(2) },
      })
    ).errors?.[0]?.extensions?.code;
  const storedPrefixes = async (subgraph: Subgraph) =>
    subgraph.sql<{ encrypted: string; index: string }>(
      `SELECT DISTINCT split_part(identity_number_encrypted, '.', 2) AS encrypted,
              split_part(identity_number_index, '.', 1) AS index FROM participant`,
    );

  beforeAll(async () => {
    const first = await startParticipants({ env: keyEnv(oldKeys.encryption, oldKeys.index) });
    databaseName = first.databaseName;
    for (let i = 0; i < 3; i++) {
      const input = aParticipant().build();
      people.push({ id: (await register(first, officer, input)).id, input });
    }
    await first.stop();
  });

  afterEach(async () => {
    await participants?.stop();
    participants = undefined;
  });

  afterAll(async () => {
    const last = await start(newKeys.encryption, newKeys.index);
    await last.stop({ dropDatabase: true });
  });

  it('reads old rows and refuses their people twice once new keys come first, before any re-key', async () => {
    participants = await start(
      `${newKeys.encryption},${oldKeys.encryption}`,
      `${newKeys.index},${oldKeys.index}`,
    );
    for (const { id, input } of people) {
      expect((await identityNumberOf(participants, id))?.replace('-', '')).toBe(
        input.identityNumber,
      );
    }
    expect(await registerAgain(participants, people[0]!.input)).toBe('CONFLICT');
    const fresh = aParticipant().build();
    people.push({ id: (await register(participants, officer, fresh)).id, input: fresh });
    expect(await storedPrefixes(participants)).toEqual(
      expect.arrayContaining([
        { encrypted: 'k1', index: 'i1' },
        { encrypted: 'k2', index: 'i2' },
      ]),
    );
  });

  it('re-keys every old row with the documented command, and is a no-op when run again', () => {
    const env = {
      DATABASE_URL: testDatabaseServer(),
      DATABASE_NAME: databaseName,
      LOG_LEVEL: 'info',
      ...keyEnv(`${newKeys.encryption},${oldKeys.encryption}`, `${newKeys.index},${oldKeys.index}`),
    };
    const first = rekeyCommand(env);
    expect(first.output).toContain('re-keyed 3 participant rows');
    expect(first.status).toBe(0);
    expect(rekeyCommand(env).output).toContain('re-keyed 0 participant rows');
  });

  it('reads every row and keeps every person unique with the old keys removed', async () => {
    participants = await start(newKeys.encryption, newKeys.index);
    expect(await storedPrefixes(participants)).toEqual([{ encrypted: 'k2', index: 'i2' }]);
    for (const { id, input } of people) {
      expect((await identityNumberOf(participants, id))?.replace('-', '')).toBe(
        input.identityNumber,
      );
      expect(await registerAgain(participants, input)).toBe('CONFLICT');
    }
  });
});
