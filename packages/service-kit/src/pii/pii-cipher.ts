import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for personal data at rest. Ciphertexts carry the id of the key that made them, so
 * keys can rotate: the first key encrypts, every listed key decrypts. Exact look-ups go through a
 * keyed hash (blind index), never through decrypting every row.
 */
export class PiiCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKeyId: string;
  private readonly blindIndexKey: Buffer;

  /** `keys` is `id:base64[,id:base64…]` (32-byte keys, the first active); `blindIndexKey` base64. */
  constructor(keys: string, blindIndexKey: string) {
    const entries = keys.split(',').map((entry) => {
      const [id, material] = entry.split(':');
      const key = Buffer.from(material ?? '', 'base64');
      if (!id || key.length !== 32) throw new Error('each PII key must be id:base64 of 32 bytes');
      return [id, key] as const;
    });
    this.keys = new Map(entries);
    this.activeKeyId = entries[0]![0];
    this.blindIndexKey = Buffer.from(blindIndexKey, 'base64');
    if (this.blindIndexKey.length < 32)
      throw new Error('the blind index key must be at least 32 bytes');
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [this.activeKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [keyId, iv, tag, ciphertext] = stored.split('.');
    const key = keyId ? this.keys.get(keyId) : undefined;
    if (!key || !iv || !tag || ciphertext === undefined)
      throw new Error('unreadable ciphertext or unknown key id');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  }

  blindIndex(normalisedValue: string): string {
    return createHmac('sha256', this.blindIndexKey).update(normalisedValue).digest('base64url');
  }
}
