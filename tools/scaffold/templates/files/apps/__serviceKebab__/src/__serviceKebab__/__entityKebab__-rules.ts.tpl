import { scalars } from '@jobbnatet/contracts';
import { Invalid{{entityPascal}}InputError } from './{{entityKebab}}.errors';
import type { Create{{entityPascal}}Input } from './create-{{entityKebab}}.input';

export interface Valid{{entityPascal}} {
  name: string;
  officeId: string;
}

/** Checks every field of a new {{entityWords}}; the first bad one is named in a typed error. */
export function validate{{entityPascal}}(input: Create{{entityPascal}}Input): Valid{{entityPascal}} {
  const name = input.name.normalize('NFC').trim();
  // No control or format characters; at least one letter, so marks or digits alone are no name.
  if (name.length === 0 || name.length > 200 || /\p{C}/u.test(name) || !/\p{L}/u.test(name)) {
    throw new Invalid{{entityPascal}}InputError(
      'name',
      'name must be 1–200 characters, at least one of them a letter',
    );
  }
  if (!scalars.officeId.safeParse(input.officeId).success) {
    throw new Invalid{{entityPascal}}InputError(
      'officeId',
      'officeId must be 2–64 lower-case letters, digits or hyphens',
    );
  }
  return { name, officeId: input.officeId };
}
