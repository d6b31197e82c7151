import type { Contact } from './person-rules';
import type { ValidUpdate } from './registration-rules';

/** Fields whose every change is kept, old and new value encrypted. */
export const historyFields = [
  'identityNumber',
  'givenName',
  'familyName',
  'phone',
  'email',
  'address',
] as const;
export type HistoryField = (typeof historyFields)[number];

/** A participant's changeable values as they stand (identity number and contact decrypted). */
export interface CurrentValues {
  identityNumber: string | null;
  givenName: string | null;
  familyName: string | null;
  contact: Contact;
  languages: string[];
  educationLevel: string | null;
  drivingLicences: string[];
  labourMarketProgramme: string | null;
  responsibleOfficerId: string | null;
  homeMunicipalityCode: string;
}

export interface PlannedChange {
  before: Record<HistoryField, unknown>;
  after: Record<HistoryField, unknown>;
  next: Omit<CurrentValues, 'identityNumber' | 'givenName' | 'familyName' | 'contact'> & {
    contact: Contact;
  };
  /** The names of the fields that change: what the event tells, never the values. */
  changed: string[];
}

const keep = <T>(update: T | undefined, current: T): T => (update === undefined ? current : update);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What a checked update changes: absent fields stay, null clears a detail. */
export function planChange(current: CurrentValues, update: ValidUpdate): PlannedChange {
  const contact: Contact = {
    phone: keep(update.phone, current.contact.phone),
    email: keep(update.email, current.contact.email),
    address: keep(update.address, current.contact.address),
  };
  const before = {
    identityNumber: current.identityNumber,
    givenName: current.givenName,
    familyName: current.familyName,
    ...current.contact,
  };
  const after = {
    identityNumber: keep(update.identityNumber, current.identityNumber),
    givenName: keep(update.givenName, current.givenName),
    familyName: keep(update.familyName, current.familyName),
    ...contact,
  };
  const next = {
    contact,
    languages: keep(update.languages, current.languages),
    educationLevel: keep(update.educationLevel, current.educationLevel),
    drivingLicences: keep(update.drivingLicences, current.drivingLicences),
    labourMarketProgramme: keep(update.labourMarketProgramme, current.labourMarketProgramme),
    responsibleOfficerId: keep(update.responsibleOfficerId, current.responsibleOfficerId),
    homeMunicipalityCode: keep(update.homeMunicipalityCode, current.homeMunicipalityCode),
  };
  const details = [
    'languages',
    'educationLevel',
    'drivingLicences',
    'labourMarketProgramme',
    'responsibleOfficerId',
    'homeMunicipalityCode',
  ] as const;
  const changed = [
    ...historyFields.filter((field) => !same(before[field], after[field])),
    ...details.filter((field) => !same(next[field], current[field])),
  ];
  return { before, after, next, changed };
}
