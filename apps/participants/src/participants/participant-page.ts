import { invalidInput } from './participant.errors';

/** Keyset cursor over (registered_at, id), newest first: stable while rows are added. */
export interface PageCursor {
  registeredAt: Date;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(`${cursor.registeredAt.toISOString()}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string): PageCursor {
  const [time, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const registeredAt = new Date(time ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(registeredAt.getTime())) {
    throw invalidInput('after', 'after is not a cursor this API returned');
  }
  return { registeredAt, id };
}

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw invalidInput('first', 'first must be between 1 and 100');
  }
  return first;
}
