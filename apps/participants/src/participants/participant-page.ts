import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
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

/** An admin's stated reason for reading personal data: short, and about the case, not a value. */
export function adminReason(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length < 3 || trimmed.length > 500 || /\p{Cc}/u.test(trimmed)) {
    throw invalidInput('reason', 'reason must be 3–500 characters of text');
  }
  return trimmed;
}

/** A name search: at least two letters, matched as a substring of "given family". */
export function nameSearch(value: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length < 2 || trimmed.length > 100 || /\p{Cc}/u.test(trimmed)) {
    throw invalidInput('filter.name', 'filter.name must be 2–100 characters');
  }
  return trimmed.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/**
 * Whether the operation selects `field` on the value the resolver returns, directly or through
 * fragments. A field under `@skip`/`@include` counts as selected: at worst it is computed unused.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const visited = new Set<string>();
  const within = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === field;
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (visited.has(name)) return false;
          visited.add(name);
          return within(info.fragments[name]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
