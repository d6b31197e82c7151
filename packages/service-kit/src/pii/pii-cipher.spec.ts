import { randomBytes } from 'node:crypto';
import { testIdentityNumbers } from '@jobbnatet/testing';
import { PiiCipher } from './pii-cipher';

const key = () => randomBytes(32).toString('base64');
const indexKey = key();
const identityNumber = testIdentityNumbers()[0]!;

describe('PII cipher', () => {
  it('round-trips a value without the plaintext in the ciphertext', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKey);
    const stored = cipher.encrypt(identityNumber);
    expect(stored).not.toContain(identityNumber);
    expect(stored.startsWith('k1.')).toBe(true);
    expect(cipher.decrypt(stored)).toBe(identityNumber);
  });

  it('encrypts the same value differently each time but indexes it the same way', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKey);
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
    expect(cipher.blindIndex('x')).toBe(cipher.blindIndex('x'));
    expect(cipher.blindIndex('x')).not.toBe(cipher.blindIndex('y'));
  });

  it('still reads values written under a retired key after rotation', () => {
    const oldKey = `k1:${key()}`;
    const written = new PiiCipher(oldKey, indexKey).encrypt('secret');
    const rotated = new PiiCipher(`k2:${key()},${oldKey}`, indexKey);
    expect(rotated.decrypt(written)).toBe('secret');
    expect(rotated.encrypt('secret').startsWith('k2.')).toBe(true);
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = new PiiCipher(`k1:${key()}`, indexKey);
    const [id, iv, tag, data] = cipher.encrypt('secret').split('.');
    const flipped = Buffer.from(data!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64')].join('.'))).toThrow();
  });

  it('refuses keys of the wrong length', () => {
    expect(() => new PiiCipher(`k1:${randomBytes(16).toString('base64')}`, indexKey)).toThrow(
      /32 bytes/,
    );
  });
});
