import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { parseKeyRing, type KeyRing } from './pii-keys';

/** Where a ciphertext lives: it decrypts only there, so a value copied to another row is useless. */
export interface PiiLocation {
  readonly table: string;
  readonly column: string;
  readonly rowId: string;
}

// v2: bound to its location through AES-GCM additional data. v1 (four parts, no version) had no
// binding; it stays readable until `rekeyPii` rewrites it.
const version = 'v2';

function additionalData({ table, column, rowId }: PiiLocation): Buffer {
  return Buffer.from(JSON.stringify([table, column, rowId]), 'utf8');
}

/**
 * AES-256-GCM for personal data at rest, and keyed hashes (blind indexes) for exact look-ups.
 * Both key lists rotate: the first key of each writes, every listed key reads, and each stored value
 * names the key that made it (`v2.<keyId>.<iv>.<tag>.<data>`, `<keyId>.<hmac>`).
 */
export class PiiCipher {
  private readonly encryption: KeyRing;
  private readonly blindIndex: KeyRing;

  /** Both are `id:base64[,id:base64…]`: 32-byte AES keys, and HMAC keys of at least 32 bytes. */
  constructor(encryptionKeys: string, blindIndexKeys: string) {
    this.encryption = parseKeyRing(
      'PII_ENCRYPTION_KEYS',
      encryptionKeys,
      (key) => key.length === 32,
      '32 bytes',
    );
    this.blindIndex = parseKeyRing(
      'PII_BLIND_INDEX_KEYS',
      blindIndexKeys,
      (key) => key.length >= 32,
      'at least 32 bytes',
    );
  }

  encrypt(plaintext: string, location: PiiLocation): string {
    const keyId = this.encryption.activeId;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryption.keys.get(keyId)!, iv);
    cipher.setAAD(additionalData(location));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'));
    return [version, keyId, ...parts].join('.');
  }

  /** Throws unless `stored` was made for exactly this location, under a listed key, untampered. */
  decrypt(stored: string, location: PiiLocation): string {
    const parts = stored.split('.');
    const bound = parts[0] === version;
    const [keyId, iv, tag, ciphertext] = bound ? parts.slice(1) : parts;
    const key = keyId ? this.encryption.keys.get(keyId) : undefined;
    if (!key || !iv || !tag || ciphertext === undefined || parts.length !== (bound ? 5 : 4))
      throw new Error('unreadable ciphertext or unknown key id');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    if (bound) decipher.setAAD(additionalData(location));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Whether a ciphertext is already bound to its location under the active key. */
  isCurrentCiphertext(stored: string): boolean {
    return stored.startsWith(`${version}.${this.encryption.activeId}.`);
  }

  /** The index of a normalised value under the active key: what is stored. */
  indexOf(normalisedValue: string): string {
    return this.indexUnder(this.blindIndex.activeId, normalisedValue);
  }

  /** Its index under every listed key: what a look-up or uniqueness check matches during a rotation. */
  indexesOf(normalisedValue: string): string[] {
    return [...this.blindIndex.keys.keys()].map((id) => this.indexUnder(id, normalisedValue));
  }

  isCurrentIndex(index: string): boolean {
    return index.startsWith(`${this.blindIndex.activeId}.`);
  }

  private indexUnder(keyId: string, value: string): string {
    const hmac = createHmac('sha256', this.blindIndex.keys.get(keyId)!).update(value);
    return `${keyId}.${hmac.digest('base64url')}`;
  }
}
