import {
  isMunicipalityCode,
  isOfficeId,
  parseIsoDate,
  parseOrganisationNumber,
} from '@jobbnatet/domain-se';
import { invalidInput } from './offering.errors';

export const offeringStatuses = [
  'PLANNED',
  'OPEN',
  'FULL',
  'RUNNING',
  'FINISHED',
  'CANCELLED',
] as const;
export type OfferingStatus = (typeof offeringStatuses)[number];

export const interventionCategories = [
  'PREPARATION',
  'TRAINING',
  'WORKPLACE',
  'FOLLOW_UP',
] as const;
export type InterventionCategory = (typeof interventionCategories)[number];

export const providerKinds = ['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'SUPPLIER'] as const;
export type ProviderKind = (typeof providerKinds)[number];

/**
 * Where an offering may go from each status. FULL goes back to OPEN when a seat frees up;
 * FINISHED and CANCELLED are final.
 */
const transitions: Record<OfferingStatus, readonly OfferingStatus[]> = {
  PLANNED: ['OPEN', 'CANCELLED'],
  OPEN: ['FULL', 'RUNNING', 'CANCELLED'],
  FULL: ['OPEN', 'RUNNING', 'CANCELLED'],
  RUNNING: ['FINISHED', 'CANCELLED'],
  FINISHED: [],
  CANCELLED: [],
};

export function mayChangeStatus(from: OfferingStatus, to: OfferingStatus): boolean {
  return transitions[from].includes(to);
}

export function isOfferingStatus(value: unknown): value is OfferingStatus {
  return typeof value === 'string' && (offeringStatuses as readonly string[]).includes(value);
}

/**
 * Text a person typed, cleaned: NFC, trimmed, no control or format characters, at least one
 * letter; null when it is not such text. Every part of this service applies this one rule.
 */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed.length === 0 ||
    trimmed.length > max ||
    /\p{C}/u.test(trimmed) ||
    !/\p{L}/u.test(trimmed)
    ? null
    : trimmed;
}

export function text(field: string, value: unknown, max: number): string {
  const cleaned = cleanText(value, max);
  if (cleaned === null) {
    throw invalidInput(
      field,
      `${field} must be 1–${max} characters, at least one of them a letter`,
    );
  }
  return cleaned;
}

/** A real calendar date `YYYY-MM-DD` between 2000 and 2099. */
export function validDate(field: string, value: unknown): string {
  const date = parseIsoDate(value);
  if (!date || date.year < 2000 || date.year > 2099) {
    throw invalidInput(field, `${field} must be a date YYYY-MM-DD between 2000 and 2099`);
  }
  return value as string;
}

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const isSsykCode = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}$/.test(value);

function municipality(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isMunicipalityCode(value)) {
    throw invalidInput(field, `${field} is not a Swedish municipality code`);
  }
  return value;
}

function competenceList(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 30) {
    throw invalidInput('competences', 'competences must be a list of at most 30');
  }
  const list = value.map((item) => text('competences', item, 100));
  return [...new Set(list)];
}

// --- intervention types --------------------------------------------------------------------

export interface InterventionTypeInput {
  code: string;
  name: string;
  category: string;
  defaultDurationDays: number;
}

export interface ValidInterventionType {
  code: string;
  name: string;
  category: InterventionCategory;
  defaultDurationDays: number;
}

export function validateInterventionType(input: InterventionTypeInput): ValidInterventionType {
  if (typeof input.code !== 'string' || !/^[A-Z][A-Z0-9_]{1,39}$/.test(input.code)) {
    throw invalidInput('code', 'code must be 2–40 of A–Z, 0–9 and _, starting with a letter');
  }
  const name = text('name', input.name, 100);
  if (!(interventionCategories as readonly string[]).includes(input.category)) {
    throw invalidInput('category', 'category is not an intervention category');
  }
  const days = input.defaultDurationDays;
  if (!Number.isInteger(days) || days < 1 || days > 730) {
    throw invalidInput('defaultDurationDays', 'defaultDurationDays must be a whole number 1–730');
  }
  return {
    code: input.code,
    name,
    category: input.category as InterventionCategory,
    defaultDurationDays: days,
  };
}

// --- providers -----------------------------------------------------------------------------

export interface ProviderInput {
  kind: string;
  name: string;
  organisationNumber?: string | null;
  municipalityCode?: string | null;
}

export interface ValidProvider {
  kind: ProviderKind;
  name: string;
  organisationNumber: string | null;
  municipalityCode: string | null;
}

/**
 * A supplier needs an organisation number of a legal person: a sole trader's number is a
 * personnummer, personal data this catalogue does not keep. A municipality needs its code.
 */
export function validateProvider(input: ProviderInput): ValidProvider {
  if (!(providerKinds as readonly string[]).includes(input.kind)) {
    throw invalidInput('kind', 'kind is not a provider kind');
  }
  const kind = input.kind as ProviderKind;
  const name = text('name', input.name, 200);
  let organisationNumber: string | null = null;
  if (input.organisationNumber != null || kind === 'SUPPLIER') {
    const parsed =
      typeof input.organisationNumber === 'string'
        ? parseOrganisationNumber(input.organisationNumber)
        : null;
    if (!parsed?.ok || parsed.value.isPersonnummer) {
      throw invalidInput(
        'organisationNumber',
        'organisationNumber must be a valid organisation number of a legal person (required for a supplier)',
      );
    }
    organisationNumber = parsed.value.display;
  }
  let municipalityCode: string | null = null;
  if (input.municipalityCode != null || kind === 'MUNICIPALITY') {
    municipalityCode = municipality('municipalityCode', input.municipalityCode);
  }
  return { kind, name, organisationNumber, municipalityCode };
}

// --- offerings -----------------------------------------------------------------------------

export interface OfferingInput {
  typeCode: string;
  providerId: string;
  placeName: string;
  municipalityCode: string;
  officeIds: string[];
  fromDate: string;
  toDate: string;
  capacity: number;
  costPerParticipant: number;
  occupationCodes: string[];
  competences: string[];
  languageCode: string;
}

export interface ValidOffering {
  typeCode: string;
  providerId: string;
  placeName: string;
  municipalityCode: string;
  officeIds: string[];
  fromDate: string;
  toDate: string;
  capacity: number;
  /** In öre, so no float rounding ever reaches the ledger. */
  costInOre: number;
  occupationCodes: string[];
  competences: string[];
  languageCode: string;
}

/** Checks every field of a new offering; the first bad one is named in a typed error. */
export function validateOffering(input: OfferingInput): ValidOffering {
  if (typeof input.typeCode !== 'string' || !/^[A-Z][A-Z0-9_]{1,39}$/.test(input.typeCode)) {
    throw invalidInput('typeCode', 'typeCode is not an intervention type');
  }
  if (!isUuid(input.providerId)) throw invalidInput('providerId', 'providerId is not a provider');
  const placeName = text('placeName', input.placeName, 200);
  const municipalityCode = municipality('municipalityCode', input.municipalityCode);
  if (
    !Array.isArray(input.officeIds) ||
    input.officeIds.length > 20 ||
    !input.officeIds.every((id) => typeof id === 'string' && isOfficeId(id))
  ) {
    throw invalidInput('officeIds', 'officeIds must be Arbetsförmedlingen offices (at most 20)');
  }
  const fromDate = validDate('fromDate', input.fromDate);
  const toDate = validDate('toDate', input.toDate);
  if (toDate < fromDate) throw invalidInput('toDate', 'toDate must not be before fromDate');
  const capacity = input.capacity;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500) {
    throw invalidInput('capacity', 'capacity must be a whole number 1–500');
  }
  const cost = input.costPerParticipant;
  const costInOre = Math.round(cost * 100);
  if (
    typeof cost !== 'number' ||
    !Number.isFinite(cost) ||
    cost < 0 ||
    cost > 10_000_000 ||
    Math.abs(costInOre - cost * 100) > 1e-6
  ) {
    throw invalidInput(
      'costPerParticipant',
      'costPerParticipant must be 0–10 000 000 SEK with at most 2 decimals',
    );
  }
  if (
    !Array.isArray(input.occupationCodes) ||
    input.occupationCodes.length > 20 ||
    !input.occupationCodes.every(isSsykCode)
  ) {
    throw invalidInput(
      'occupationCodes',
      'occupationCodes must be 4-digit SSYK codes (at most 20)',
    );
  }
  const competences = competenceList(input.competences);
  if (typeof input.languageCode !== 'string' || !/^[a-z]{2}$/.test(input.languageCode)) {
    throw invalidInput('languageCode', 'languageCode must be an ISO 639-1 code (two letters)');
  }
  return {
    typeCode: input.typeCode,
    providerId: input.providerId.toLowerCase(),
    placeName,
    municipalityCode,
    officeIds: [...new Set(input.officeIds)],
    fromDate,
    toDate,
    capacity,
    costInOre,
    occupationCodes: [...new Set(input.occupationCodes)],
    competences,
    languageCode: input.languageCode,
  };
}

// --- availability search -------------------------------------------------------------------

export interface AvailabilityFilterInput {
  occupationCode?: string | null;
  competences?: string[] | null;
  from: string;
  to: string;
  municipalityCode?: string | null;
}

export interface ValidAvailabilityFilter {
  occupationCode: string | null;
  /** Lower-cased: competences match case-insensitively. */
  competences: string[];
  from: string;
  to: string;
  municipalityCode: string | null;
}

export function validateAvailabilityFilter(
  filter: AvailabilityFilterInput,
  first: number,
): ValidAvailabilityFilter {
  const occupationCode = filter.occupationCode ?? null;
  if (occupationCode !== null && !isSsykCode(occupationCode)) {
    throw invalidInput('occupationCode', 'occupationCode must be a 4-digit SSYK code');
  }
  const competences = competenceList(filter.competences ?? []).map((c) => c.toLowerCase());
  const from = validDate('from', filter.from);
  const to = validDate('to', filter.to);
  if (to < from) throw invalidInput('to', 'to must not be before from');
  const municipalityCode =
    filter.municipalityCode == null
      ? null
      : municipality('municipalityCode', filter.municipalityCode);
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw invalidInput('first', 'first must be a whole number 1–100');
  }
  return { occupationCode, competences, from, to, municipalityCode };
}
