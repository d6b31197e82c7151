import { createCipheriv, randomBytes } from 'node:crypto';
import { testIdentityNumbers } from '@jobbnatet/testing';
import { PiiCipher } from './pii-cipher';

const key = () => randomBytes(32).toString('base64');
const indexKeys = `i1:${key()}`;
const identityNumber = testIdentityNumbers()[0]!;
const here = { table: 'participant', column: 'identity_number_encrypted', rowId: 'row-1' };

describe('PII cipher', () => {
  it('round-trips a value without the plaintext in the ciphertext', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKeys);
    const stored = cipher.encrypt(identityNumber, here);
    expect(stored).not.toContain(identityNumber);
    expect(stored.startsWith('v2.k1.')).toBe(true);
    expect(cipher.decrypt(stored, here)).toBe(identityNumber);
  });

  it('refuses a ciphertext copied into another row, column or table', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKeys);
    const stored = cipher.encrypt(identityNumber, here);
    expect(() => cipher.decrypt(stored, { ...here, rowId: 'row-2' })).toThrow();
    expect(() => cipher.decrypt(stored, { ...here, column: 'other_column' })).toThrow();
    expect(() => cipher.decrypt(stored, { ...here, table: 'other_table' })).toThrow();
  });

  it('encrypts the same value differently each time but indexes it the same way', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKeys);
    expect(cipher.encrypt('x', here)).not.toBe(cipher.encrypt('x', here));
    expect(cipher.indexOf('x')).toBe(cipher.indexOf('x'));
    expect(cipher.indexOf('x')).not.toBe(cipher.indexOf('y'));
    expect(cipher.indexOf('x').startsWith('i1.')).toBe(true);
  });

  it('still reads values written under a retired key after rotation', () => {
    const oldKey = `k1:${key()}`;
    const written = new PiiCipher(oldKey, indexKeys).encrypt('secret', here);
    const rotated = new PiiCipher(`k2:${key()},${oldKey}`, indexKeys);
    expect(rotated.decrypt(written, here)).toBe('secret');
    expect(rotated.isCurrentCiphertext(written)).toBe(false);
    expect(rotated.encrypt('secret', here).startsWith('v2.k2.')).toBe(true);
  });

  it('indexes under the new blind-index key and still finds values indexed under the old one', () => {
    const old = `i1:${key()}`;
    const indexedBefore = new PiiCipher(`k1:${key()}`, old).indexOf(identityNumber);
    const rotated = new PiiCipher(`k1:${key()}`, `i2:${key()},${old}`);
    expect(rotated.indexOf(identityNumber).startsWith('i2.')).toBe(true);
    expect(rotated.isCurrentIndex(indexedBefore)).toBe(false);
    expect(rotated.indexesOf(identityNumber)).toEqual([
      rotated.indexOf(identityNumber),
      indexedBefore,
    ]);
  });

  it('reads an unbound ciphertext from before row binding, and reports it for rekeying', () => {
    const material = randomBytes(32);
    const iv = randomBytes(12);
    const legacy = createCipheriv('aes-256-gcm', material, iv);
    const data = Buffer.concat([legacy.update('secret', 'utf8'), legacy.final()]);
    const stored = ['k1', iv, legacy.getAuthTag(), data]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join('.');
    const cipher = new PiiCipher(`k1:${material.toString('base64')}`, indexKeys);
    expect(cipher.decrypt(stored, here)).toBe('secret');
    expect(cipher.isCurrentCiphertext(stored)).toBe(false);
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKeys);
    const [version, id, iv, tag, data] = cipher.encrypt('secret', here).split('.');
    const flipped = Buffer.from(data!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    const tampered = [version, id, iv, tag, flipped.toString('base64')].join('.');
    expect(() => cipher.decrypt(tampered, here)).toThrow();
  });

  it('refuses keys of the wrong length, malformed lists and duplicate ids', () => {
    expect(() => new PiiCipher(`k1:${randomBytes(16).toString('base64')}`, indexKeys)).toThrow(
      /32 bytes/,
    );
    expect(() => new PiiCipher(`k1:${key()}`, randomBytes(32).toString('base64'))).toThrow(
      /PII_BLIND_INDEX_KEYS/,
    );
    expect(() => new PiiCipher(`k1:${key()}`, `i1:${randomBytes(16).toString('base64')}`)).toThrow(
      /at least 32 bytes/,
    );
    expect(() => new PiiCipher(`k1:${key()},k1:${key()}`, indexKeys)).toThrow(/twice/);
    expect(() => new PiiCipher(`k.1:${key()}`, indexKeys)).toThrow(/id:base64/);
  });
});
