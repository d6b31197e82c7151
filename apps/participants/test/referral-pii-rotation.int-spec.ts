import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { callers, testDatabaseServer } from '@jobbnatet/subgraph-testing';
import { startParticipants } from './support/participants';
import { aReferral, refer, type Referral, referralQuery } from './support/referrals';

const key = (): string => randomBytes(32).toString('base64');
const oldKeys = { encryption: `r1:${key()}`, index: `j1:${key()}` };
const newKeys = { encryption: `r2:${key()}`, index: `j2:${key()}` };
const keyEnv = (encryption: string, index: string) => ({
  PII_ENCRYPTION_KEYS: encryption,
  PII_BLIND_INDEX_KEYS: index,
});

/** Referrals are in `pnpm pii:rekey`'s list: after a rotation they read with the new keys alone. */
describe('rotating the PII keys of referrals', () => {
  it('re-keys identity, details and reason of referrals and reads them with the old keys removed', async () => {
    const first = await startParticipants({ env: keyEnv(oldKeys.encryption, oldKeys.index) });
    const { databaseName } = first;
    const input = aReferral();
    const { id } = await refer(first, callers.caseWorker('0181'), input);
    await first.stop();

    const run = spawnSync(process.execPath, [join(__dirname, '../dist/rekey-pii.js')], {
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseServer(),
        DATABASE_NAME: databaseName,
        LOG_LEVEL: 'info',
        ...keyEnv(
          `${newKeys.encryption},${oldKeys.encryption}`,
          `${newKeys.index},${oldKeys.index}`,
        ),
      },
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toContain('re-keyed 1 referral rows');
    expect(run.status).toBe(0);

    const after = await startParticipants({
      databaseName,
      env: keyEnv(newKeys.encryption, newKeys.index),
    });
    try {
      expect(
        await after.sql(
          `SELECT split_part(identity_number_encrypted, '.', 2) AS identity,
                  split_part(identity_number_index, '.', 1) AS index,
                  split_part(person_encrypted, '.', 2) AS person,
                  split_part(reason_encrypted, '.', 2) AS reason FROM referral`,
        ),
      ).toEqual([{ identity: 'r2', index: 'j2', person: 'r2', reason: 'r2' }]);
      const response = await after.call<{ referral: Referral }>(
        callers.officer('af-sodertalje'),
        referralQuery,
        { id },
      );
      expect(response.data?.referral).toMatchObject({
        identityNumber: `${input.identityNumber.slice(0, 8)}-${input.identityNumber.slice(8)}`,
        givenName: input.givenName,
        reason: input.reason,
      });
    } finally {
      await after.stop({ dropDatabase: true });
    }
  });
});
