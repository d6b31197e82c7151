import Personnummer from 'personnummer';
import {
  type CalendarDate,
  compareDates,
  fullYearsBetween,
  isCalendarDate,
  isoDate,
  swedishDate,
} from './calendar-date';

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

/** A valid personnummer or samordningsnummer. */
export interface IdentityNumber {
  readonly kind: IdentityNumberKind;
  /** `YYYYMMDDNNNN`: the form to store and to build a blind index from. */
  readonly canonical: string;
  /** `YYYYMMDD-NNNN` */
  readonly display: string;
  /** `YYYY-MM-DD`; for a samordningsnummer the real day, without the 60 added to it. */
  readonly birthDate: string;
}

/**
 * Why a string is not an identity number, checked in this order:
 * EMPTY (blank), INTERIM (a letter in the serial: interim numbers are not accepted), FORMAT (not
 * 10 or 12 digits with an optional `-`/`+` before the last four), DATE (no such birth date, a
 * samordningsnummer day not 61-91, a birth in the future or before 1800), SERIAL (birth number 000,
 * never issued), CHECKSUM (the Luhn check digit is wrong).
 */
export type IdentityNumberInvalidReason =
  | 'EMPTY'
  | 'INTERIM'
  | 'FORMAT'
  | 'DATE'
  | 'SERIAL'
  | 'CHECKSUM';

export type IdentityNumberResult =
  | { ok: true; value: IdentityNumber }
  | { ok: false; reason: IdentityNumberInvalidReason };

export interface ClockOptions {
  /** The moment to judge against (age, century of a 10-digit number); defaults to now. */
  today?: Date;
}

const interimPattern = /^(\d{2})?\d{6}[-+]?[TRSUWXJKLMN]\d{3}$/i;
const numberPattern = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;
const coordinationDayOffset = 60;

function invalid(reason: IdentityNumberInvalidReason): IdentityNumberResult {
  return { ok: false, reason };
}

/**
 * The full birth year of a 10-digit number. The `-` turns into `+` from the calendar year the
 * holder turns 100 (folkbokföringslagen 18 §), so `-` means born within the last 99 years and `+`
 * 100 to 199 years ago. The library does the same, but only against the real clock.
 */
function fullYear(twoDigits: number, separator: string, today: CalendarDate): number {
  const latest = separator === '+' ? today.year - 100 : today.year;
  return latest - ((latest - twoDigits) % 100);
}

/**
 * Parses a personnummer or samordningsnummer: `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDDNNNN`,
 * `YYYYMMDD-NNNN` or `YYYYMMDDNNNN`, surrounding whitespace ignored. In the 12-digit forms the
 * separator carries no information and either is accepted.
 */
export function parseIdentityNumber(
  input: string,
  options: ClockOptions = {},
): IdentityNumberResult {
  const text = input.trim();
  if (text.length === 0) return invalid('EMPTY');
  if (interimPattern.test(text)) return invalid('INTERIM');
  const match = numberPattern.exec(text);
  if (!match) return invalid('FORMAT');
  const [, century, yy = '', mm = '', dd = '', separator = '', serial = '', check = ''] = match;

  const today = swedishDate(options.today ?? new Date());
  const year =
    century === undefined ? fullYear(Number(yy), separator, today) : Number(century + yy);
  const day = Number(dd);
  const kind: IdentityNumberKind =
    day > coordinationDayOffset ? 'samordningsnummer' : 'personnummer';
  const birth = {
    year,
    month: Number(mm),
    day: kind === 'samordningsnummer' ? day - coordinationDayOffset : day,
  };
  if (year < 1800 || !isCalendarDate(birth) || compareDates(birth, today) > 0)
    return invalid('DATE');
  if (serial === '000') return invalid('SERIAL');

  const canonical = `${year}${mm}${dd}${serial}${check}`;
  // Date and serial are checked above, so the library can only reject the check digit here.
  if (
    !Personnummer.valid(canonical, { allowCoordinationNumber: true, allowInterimNumber: false })
  ) {
    return invalid('CHECKSUM');
  }
  return {
    ok: true,
    value: {
      kind,
      canonical,
      display: `${canonical.slice(0, 8)}-${canonical.slice(8)}`,
      birthDate: isoDate(birth),
    },
  };
}

export function isValidIdentityNumber(input: string, options: ClockOptions = {}): boolean {
  return parseIdentityNumber(input, options).ok;
}

/** Age in whole years on `today` (in Sweden); a 29 February birthday counts from 1 March. */
export function ageOf(identity: IdentityNumber, options: ClockOptions = {}): number {
  const [year, month, day] = identity.birthDate.split('-').map(Number);
  const birth = { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  return fullYearsBetween(birth, swedishDate(options.today ?? new Date()));
}
