import { isOfficeId } from '@jobbnatet/domain-se';
import { invalidInput } from './report.errors';

/** A new report as the caller sent it: nothing checked yet. */
export interface ReportInput {
  name: string;
  officeId: string;
}

export interface ValidReport {
  name: string;
  officeId: string;
}

/** Checks every field of a new report; the first bad one is named in a typed error. */
export function validateReport(input: ReportInput): ValidReport {
  const name = input.name.normalize('NFC').trim();
  // No control or format characters; at least one letter, so marks or digits alone are no name.
  if (name.length === 0 || name.length > 200 || /\p{C}/u.test(name) || !/\p{L}/u.test(name)) {
    throw invalidInput('name', 'name must be 1–200 characters, at least one of them a letter');
  }
  // Offices are reference data: an id that only looks right is refused like any other.
  if (!isOfficeId(input.officeId)) {
    throw invalidInput('officeId', 'officeId is not an Arbetsförmedlingen office');
  }
  return { name, officeId: input.officeId };
}
