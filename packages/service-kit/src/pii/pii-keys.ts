import { createSecretKey, type KeyObject } from 'node:crypto';

/** `id:base64[,id:base64…]`, the first active: how every PII key list is configured. */
export interface KeyRing {
  readonly activeId: string;
  /** Imported once: a KeyObject makes each cipher or HMAC several times cheaper than a Buffer. */
  readonly keys: ReadonlyMap<string, KeyObject>;
}

export function parseKeyRing(
  variable: string,
  value: string,
  accepts: (key: Buffer) => boolean,
  requirement: string,
): KeyRing {
  const entries = value.split(',').map((entry) => {
    const [id, material, extra] = entry.trim().split(':');
    const key = Buffer.from(material ?? '', 'base64');
    // The id travels inside stored values, separated by dots.
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || extra !== undefined || !accepts(key)) {
      throw new Error(`each ${variable} entry must be id:base64 of ${requirement}`);
    }
    return [id, createSecretKey(key)] as const;
  });
  const keys = new Map(entries);
  if (keys.size !== entries.length) throw new Error(`${variable} lists a key id twice`);
  return { activeId: entries[0]![0], keys };
}
