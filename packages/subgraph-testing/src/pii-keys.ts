import { randomBytes } from 'node:crypto';

const key = (): string => randomBytes(32).toString('base64');

/** Fresh PII keys for one test run, as a service reads them: an encryption and a blind-index key. */
export function piiKeys(encryptionId = 'it1', indexId = 'ix1'): Record<string, string> {
  return {
    PII_ENCRYPTION_KEYS: `${encryptionId}:${key()}`,
    PII_BLIND_INDEX_KEYS: `${indexId}:${key()}`,
  };
}
