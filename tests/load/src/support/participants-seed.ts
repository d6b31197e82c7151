import { testIdentityNumbers } from '@jobbnatet/testing';
import type { PiiCipher } from '@jobbnatet/service-kit';

/**
 * Bulk seeding of the participants service's tables with the rows `ParticipantsService.register`
 * (and, for consents, exits and erasure, the case commands) write: the same columns, values from the
 * same closed vocabularies, identity numbers and contact details encrypted with the service's own
 * `PiiCipher` and keys, bound to their row (`participant/<column>/<id>`), the blind index under the
 * active key. Not written: the `participant.registered` outbox rows (the list never reads them).
 */

/** What the seed needs of a database connection (the kit's TypeORM DataSource has it). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface SeedPlan {
  /** Participants per office, in insertion order. */
  offices: { officeId: string; participants: number }[];
  /** Where the registered-at times lie: uniformly over this many days before `now`. */
  spreadDays: number;
  now: Date;
  /** The deterministic PRNG's seed: the same plan gives the same names, statuses and times. */
  seed: number;
}

export interface SeedResult {
  /** Per office: participants not erased (what a list without a status filter shows). */
  visible: Map<string, number>;
  participants: number;
  consents: number;
  withTestIdentityNumber: number;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const givenNames = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Elin',
  'Emma',
  'Ida',
  'Linnea',
  'Johanna',
  'Fatima',
  'Amina',
  'Leila',
  'Nour',
  'Hawa',
  'Sofia',
  'Aisha',
  'Yasmin',
  'Marta',
  'Ewa',
  'Erik',
  'Lars',
  'Karl',
  'Anders',
  'Johan',
  'Per',
  'Mikael',
  'Oskar',
  'Ahmed',
  'Mohammed',
  'Ali',
  'Hassan',
  'Omar',
  'Yusuf',
  'Abdi',
  'Gabriel',
  'Daniel',
  'Aram',
  'Tomasz',
  'Dragan',
  'Åsa',
  'Örjan',
] as const;
const familyNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Holm',
  'Ali',
  'Mohamed',
  'Hassan',
  'Ahmed',
  'Yilmaz',
  'Khalil',
  'Abdullahi',
  'Haddad',
  'Gabriel',
  'Aydin',
  'Nowak',
  'Kowalski',
  'Petrović',
  'Hodžić',
  'Öberg',
  'Åström',
  'von Essen',
] as const;
const streets = [
  'Storgatan',
  'Järnagatan',
  'Ronnavägen',
  'Hovsjövägen',
  'Geneta Torg',
  'Bergvägen',
  'Fornbyvägen',
  'Grusåsgränd',
  'Ekdalsvägen',
  'Kvarngatan',
] as const;
const languages = ['sv', 'en', 'ar', 'so', 'ti', 'fa', 'tr', 'pl', 'sr', 'bs', 'syc', 'fi'];
const educationLevels = [
  'PRIMARY_LESS_THAN_9_YEARS',
  'PRIMARY_9_YEARS',
  'UPPER_SECONDARY',
  'POST_SECONDARY_LESS_THAN_2_YEARS',
  'POST_SECONDARY_2_YEARS_OR_MORE',
  'UNKNOWN',
];
const programmes = [
  'NONE',
  'JOB_AND_DEVELOPMENT_GUARANTEE',
  'YOUTH_JOB_GUARANTEE',
  'ESTABLISHMENT_PROGRAMME',
  'PREPARATORY_EDUCATION',
];
const licences = ['AM', 'B', 'BE', 'C', 'CE', 'D'];
const exitReasons = ['EMPLOYMENT', 'STUDIES', 'OTHER_INTERVENTION', 'MOVED', 'OTHER'];
const consentPurposes = ['JOB_TRACK_COLLABORATION', 'MUNICIPAL_LABOUR_MARKET_SUPPORT'];
const homeMunicipalities = ['0181', '0181', '0181', '0181', '0138', '0192', '0180'];

const pseudonymAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Luhn check digit of the ten digits YYMMDDNNN? (the last digit is computed). */
function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Identity numbers for the seed: Skatteverket's ~3 000 published test numbers first (the only valid
 * numbers this repo may use), then 12-digit numbers shaped like a personnummer (a real birth date
 * and serial) whose check digit is deliberately wrong, so that none can be anyone's. Same length,
 * same cipher cost, unique blind-index values.
 */
function identityNumbers(count: number, random: () => number): string[] {
  const numbers = testIdentityNumbers().slice(0, count);
  const seen = new Set(numbers);
  while (numbers.length < count) {
    const year = 1960 + Math.floor(random() * 46);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const serial = Math.floor(random() * 1000);
    const nine = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
    const wrongCheck = (luhnCheckDigit(nine) + 1 + Math.floor(random() * 9)) % 10;
    const number = `${String(year).slice(0, 2)}${nine}${wrongCheck}`;
    if (seen.has(number)) continue;
    seen.add(number);
    numbers.push(number);
  }
  return numbers;
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

interface ParticipantColumns {
  id: string[];
  pseudonym: string[];
  identity_number_encrypted: (string | null)[];
  identity_number_index: (string | null)[];
  given_name: (string | null)[];
  family_name: (string | null)[];
  contact_encrypted: (string | null)[];
  languages: string[];
  education_level: (string | null)[];
  driving_licences: string[];
  labour_market_programme: (string | null)[];
  responsible_officer_id: (string | null)[];
  status: string[];
  home_municipality_code: string[];
  office_id: string[];
  registered_at: string[];
  registered_by: string[];
  exited_on: (string | null)[];
  exit_reason: (string | null)[];
  erased_at: (string | null)[];
}

/** `{a,b}` for a text[] column passed through unnest as text. */
const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

const participantInsert = `
  INSERT INTO participant (id, pseudonym, identity_number_encrypted, identity_number_index,
    given_name, family_name, contact_encrypted, languages, education_level, driving_licences,
    labour_market_programme, responsible_officer_id, status, home_municipality_code, office_id,
    registered_at, registered_by, exited_on, exit_reason, erased_at, version)
  SELECT t.id, t.pseudonym, t.ine, t.ini, t.given_name, t.family_name, t.contact, t.languages::text[],
    t.education_level, t.driving_licences::text[], t.programme, t.officer, t.status, t.municipality,
    t.office_id, t.registered_at, t.registered_by, t.exited_on, t.exit_reason, t.erased_at, 1
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[], $13::text[], $14::text[],
    $15::text[], $16::timestamptz[], $17::uuid[], $18::date[], $19::text[], $20::timestamptz[])
    AS t(id, pseudonym, ine, ini, given_name, family_name, contact, languages, education_level,
      driving_licences, programme, officer, status, municipality, office_id, registered_at,
      registered_by, exited_on, exit_reason, erased_at)`;

const consentInsert = `
  INSERT INTO consent (id, participant_id, purpose, municipality_code, given_on, given_by,
    recorded_at, withdrawn_on, withdrawn_by, withdrawn_at)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::uuid[],
    $7::timestamptz[], $8::date[], $9::uuid[], $10::timestamptz[])`;

const batchSize = 2_500;

/**
 * Writes the plan's participants (and consents for about 15% of them) in multi-row inserts of
 * `batchSize`, then `VACUUM ANALYZE`s the tables so the planner and the visibility map know them,
 * as autovacuum would on a table that has lived for two years.
 */
export async function seedParticipants(
  dataSource: Queryable,
  cipher: PiiCipher,
  plan: SeedPlan,
  officers: Record<string, string[]>,
): Promise<SeedResult> {
  const random = prng(plan.seed);
  const total = plan.offices.reduce((sum, office) => sum + office.participants, 0);
  const numbers = identityNumbers(total, random);
  const pseudonyms = new Set<string>();
  const visible = new Map<string, number>();
  let consents = 0;
  let n = 0;
  const spreadMs = plan.spreadDays * 86_400_000;

  for (const office of plan.offices) {
    const staff = officers[office.officeId] ?? [uuidFrom(random)];
    let left = office.participants;
    while (left > 0) {
      const size = Math.min(batchSize, left);
      left -= size;
      const columns: ParticipantColumns = {
        id: [],
        pseudonym: [],
        identity_number_encrypted: [],
        identity_number_index: [],
        given_name: [],
        family_name: [],
        contact_encrypted: [],
        languages: [],
        education_level: [],
        driving_licences: [],
        labour_market_programme: [],
        responsible_officer_id: [],
        status: [],
        home_municipality_code: [],
        office_id: [],
        registered_at: [],
        registered_by: [],
        exited_on: [],
        exit_reason: [],
        erased_at: [],
      };
      const consent = {
        id: [] as string[],
        participant_id: [] as string[],
        purpose: [] as string[],
        municipality_code: [] as string[],
        given_on: [] as string[],
        given_by: [] as string[],
        recorded_at: [] as string[],
        withdrawn_on: [] as (string | null)[],
        withdrawn_by: [] as (string | null)[],
        withdrawn_at: [] as (string | null)[],
      };
      for (let i = 0; i < size; i++, n++) {
        const id = uuidFrom(random);
        let pseudonym: string;
        do {
          pseudonym = `D-${Array.from({ length: 8 }, () => pick(random, [...pseudonymAlphabet])).join('')}`;
        } while (pseudonyms.has(pseudonym));
        pseudonyms.add(pseudonym);
        // Milliseconds, like `new Date()` in register: cursors carry exactly what is stored.
        const registeredAt = new Date(plan.now.getTime() - Math.floor(random() * spreadMs));
        const roll = random();
        const status =
          roll < 0.005
            ? 'ERASED'
            : roll < 0.15
              ? 'EXITED'
              : roll < 0.3
                ? 'EMPLOYED'
                : roll < 0.65
                  ? 'IN_TRACK'
                  : 'REGISTERED';
        const erased = status === 'ERASED';
        const given = pick(random, givenNames);
        const family = pick(random, familyNames);
        const municipality = pick(random, homeMunicipalities);
        const officer = pick(random, staff);
        const identityNumber = numbers[n]!;
        const hasContact = random() < 0.9;
        const contact = {
          phone:
            random() < 0.95
              ? `07${Math.floor(random() * 1e8)
                  .toString()
                  .padStart(8, '0')}`
              : null,
          email:
            random() < 0.7
              ? `${given.toLowerCase()}.${family.toLowerCase().replace(/\s/g, '')}${n}@example.se`.normalize(
                  'NFC',
                )
              : null,
          address:
            random() < 0.85
              ? {
                  street: `${pick(random, streets)} ${1 + Math.floor(random() * 80)}`,
                  postalCode: `15${Math.floor(random() * 1000)
                    .toString()
                    .padStart(3, '0')}`,
                  city: 'Södertälje',
                }
              : null,
        };
        const exitedOn =
          status === 'EXITED'
            ? new Date(
                registeredAt.getTime() + random() * (plan.now.getTime() - registeredAt.getTime()),
              )
            : null;
        columns.id.push(id);
        columns.pseudonym.push(pseudonym);
        columns.identity_number_encrypted.push(
          erased
            ? null
            : cipher.encrypt(identityNumber, {
                table: 'participant',
                column: 'identity_number_encrypted',
                rowId: id,
              }),
        );
        columns.identity_number_index.push(erased ? null : cipher.indexOf(identityNumber));
        columns.given_name.push(erased ? null : given);
        columns.family_name.push(erased ? null : family);
        columns.contact_encrypted.push(
          erased || !hasContact
            ? null
            : cipher.encrypt(JSON.stringify(contact), {
                table: 'participant',
                column: 'contact_encrypted',
                rowId: id,
              }),
        );
        columns.languages.push(
          arrayLiteral(
            erased
              ? []
              : [...new Set(['sv', ...(random() < 0.6 ? [pick(random, languages)] : [])])],
          ),
        );
        columns.education_level.push(erased ? null : pick(random, educationLevels));
        columns.driving_licences.push(
          arrayLiteral(erased || random() < 0.4 ? [] : [...new Set(['B', pick(random, licences)])]),
        );
        columns.labour_market_programme.push(erased ? null : pick(random, programmes));
        columns.responsible_officer_id.push(officer);
        columns.status.push(status);
        columns.home_municipality_code.push(municipality);
        columns.office_id.push(office.officeId);
        columns.registered_at.push(registeredAt.toISOString());
        columns.registered_by.push(pick(random, staff));
        columns.exited_on.push(exitedOn ? dateOnly(exitedOn) : null);
        columns.exit_reason.push(exitedOn ? pick(random, exitReasons) : null);
        columns.erased_at.push(erased ? plan.now.toISOString() : null);
        if (!erased) visible.set(office.officeId, (visible.get(office.officeId) ?? 0) + 1);

        // About 15% consented to share with a municipality; a fifth of those withdrew since.
        if (!erased && random() < 0.15) {
          const given = new Date(
            registeredAt.getTime() + random() * (plan.now.getTime() - registeredAt.getTime()),
          );
          const withdrawn =
            random() < 0.2
              ? new Date(given.getTime() + random() * (plan.now.getTime() - given.getTime()))
              : null;
          consent.id.push(uuidFrom(random));
          consent.participant_id.push(id);
          consent.purpose.push(pick(random, consentPurposes));
          consent.municipality_code.push(municipality);
          consent.given_on.push(dateOnly(given));
          consent.given_by.push(officer);
          consent.recorded_at.push(given.toISOString());
          consent.withdrawn_on.push(withdrawn ? dateOnly(withdrawn) : null);
          consent.withdrawn_by.push(withdrawn ? officer : null);
          consent.withdrawn_at.push(withdrawn ? withdrawn.toISOString() : null);
        }
      }
      await dataSource.query(participantInsert, Object.values(columns));
      if (consent.id.length > 0) await dataSource.query(consentInsert, Object.values(consent));
      consents += consent.id.length;
    }
  }
  await dataSource.query('VACUUM (ANALYZE) participant');
  await dataSource.query('VACUUM (ANALYZE) consent');
  return {
    visible,
    participants: total,
    consents,
    withTestIdentityNumber: Math.min(total, testIdentityNumbers().length),
  };
}
