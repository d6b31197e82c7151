import Organisationsnummer from 'organisationsnummer';
import { type ClockOptions, type IdentityNumber, parseIdentityNumber } from './identity-number';

/**
 * The legal form group the first digit gives (Bolagsverket). A sole trader (enskild firma) has no
 * organisation number of its own: the owner's personnummer or samordningsnummer serves as one.
 */
export type OrganisationType =
  | 'ESTATE'
  | 'PUBLIC_SECTOR'
  | 'FOREIGN_COMPANY'
  | 'LIMITED_COMPANY'
  | 'SIMPLE_PARTNERSHIP'
  | 'ECONOMIC_ASSOCIATION'
  | 'NON_PROFIT'
  | 'PARTNERSHIP'
  | 'SOLE_TRADER'
  | 'UNKNOWN';

export interface OrganisationNumber {
  /** `NNNNNNNNNN`; for a sole trader the owner's 10-digit personnummer. */
  readonly canonical: string;
  /** `NNNNNN-NNNN`, always with `-`. */
  readonly display: string;
  readonly type: OrganisationType;
  /** True for a sole trader, whose organisation number is a personnummer or samordningsnummer. */
  readonly isPersonnummer: boolean;
  /** The owner's number with its century, when `isPersonnummer`; otherwise null. */
  readonly personnummer: IdentityNumber | null;
}

/**
 * EMPTY (blank), FORMAT (not 10 digits, or 12 with the prefix 16 or a century, with an optional
 * separator), CHECKSUM (wrong check digit), DATE and SERIAL (a personnummer-shaped number that is
 * not a valid personnummer, see IdentityNumberInvalidReason).
 */
export type OrganisationNumberInvalidReason = 'EMPTY' | 'FORMAT' | 'CHECKSUM' | 'DATE' | 'SERIAL';

export type OrganisationNumberResult =
  | { ok: true; value: OrganisationNumber }
  | { ok: false; reason: OrganisationNumberInvalidReason };

// The library names the type in Swedish; these are its labels (organisationsnummer 1.2.0).
const typesByLibraryLabel: Record<string, OrganisationType> = {
  Dödsbon: 'ESTATE',
  'Stat, landsting, kommun eller församling': 'PUBLIC_SECTOR',
  'Utländska företag som bedriver näringsverksamhet eller äger fastigheter i Sverige':
    'FOREIGN_COMPANY',
  Aktiebolag: 'LIMITED_COMPANY',
  'Enkelt bolag': 'SIMPLE_PARTNERSHIP',
  'Ekonomisk förening eller bostadsrättsförening': 'ECONOMIC_ASSOCIATION',
  'Ideella förening och stiftelse': 'NON_PROFIT',
  'Handelsbolag, kommanditbolag och enkelt bolag': 'PARTNERSHIP',
  'Enskild firma': 'SOLE_TRADER',
};

const shapePattern = /^(\d{2})?(\d{2})(\d{2})\d{2}([-+]?)\d{4}$/;

function invalid(reason: OrganisationNumberInvalidReason): OrganisationNumberResult {
  return { ok: false, reason };
}

function display(tenDigits: string): string {
  return `${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`;
}

function asPersonnummer(text: string, options: ClockOptions): OrganisationNumberResult {
  const holder = parseIdentityNumber(text, options);
  if (!holder.ok) {
    const { reason } = holder;
    return invalid(
      reason === 'DATE' || reason === 'SERIAL' || reason === 'CHECKSUM' ? reason : 'FORMAT',
    );
  }
  const canonical = holder.value.canonical.slice(2);
  return {
    ok: true,
    value: {
      canonical,
      display: display(canonical),
      type: 'SOLE_TRADER',
      isPersonnummer: true,
      personnummer: holder.value,
    },
  };
}

/** The library only says no; this names what is wrong with a number it rejected. */
function whyRejected(text: string, options: ClockOptions): OrganisationNumberInvalidReason {
  const match = shapePattern.exec(text);
  if (!match) return 'FORMAT';
  const [, prefix, firstPair = '', monthPair = '', separator] = match;
  if (Number(monthPair) < 20) {
    const personal = asPersonnummer(text, options);
    return personal.ok ? 'CHECKSUM' : personal.reason;
  }
  // A real organisation number: group digit 1-9, 12 digits only with the prefix 16, no `+`.
  if ((prefix !== undefined && prefix !== '16') || Number(firstPair) < 10 || separator === '+')
    return 'FORMAT';
  return 'CHECKSUM';
}

/**
 * Parses an organisation number: `NNNNNN-NNNN`, `NNNNNNNNNN`, or with the prefix `16`. A
 * personnummer or samordningsnummer is accepted too, as a sole trader's organisation number,
 * and must then be valid by `parseIdentityNumber` (which is stricter than the library).
 */
export function parseOrganisationNumber(
  input: string,
  options: ClockOptions = {},
): OrganisationNumberResult {
  const text = input.trim();
  if (text.length === 0) return invalid('EMPTY');
  let parsed: Organisationsnummer;
  try {
    parsed = Organisationsnummer.parse(text);
  } catch {
    return invalid(whyRejected(text, options));
  }
  if (parsed.isPersonnummer()) return asPersonnummer(text, options);
  const canonical = parsed.format(false);
  return {
    ok: true,
    value: {
      canonical,
      display: display(canonical),
      type: typesByLibraryLabel[parsed.type()] ?? 'UNKNOWN',
      isPersonnummer: false,
      personnummer: null,
    },
  };
}

export function isValidOrganisationNumber(input: string, options: ClockOptions = {}): boolean {
  return parseOrganisationNumber(input, options).ok;
}
