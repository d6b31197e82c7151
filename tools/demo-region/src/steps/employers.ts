import { regionToday } from '../dates';
import { type GatewayClient, inParallel, input } from '../gateway-client';
import type { DemoRegion, PlannedEmployer } from '../plan';
import { sectors } from '../region-data';
import type { Tally } from './tally';

/** A region employer as the services know it. */
export interface LoadedEmployer {
  id: string;
  /** It has a letter of intent already. */
  hasLetter: boolean;
  /** The logged contact through which its vacancies were acquired. */
  acquiringContactId: string;
  /** The vacancy acquired through that contact, whose positions admitted people fill. */
  vacancyId: string;
  needId: string;
  profileId: string;
}

interface ExistingEmployer {
  id: string;
  organisationNumber: string | null;
  contacts: { id: string; outcome: string }[] | null;
  competenceNeeds: { id: string; profile: { id: string } | null }[];
  lettersOfIntent: { id: string }[];
  acquiredVacancies: { id: string }[] | null;
}

const employersQuery = `query E($after: String, $officeId: String) {
  employers(first: 50, after: $after, filter: { officeId: $officeId }) {
    nodes { id organisationNumber contacts(from: "2020-01-01", to: "${regionToday}") { id outcome }
      competenceNeeds { id profile { id } } lettersOfIntent { id } acquiredVacancies { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface EmployerPage {
  employers: { nodes: ExistingEmployer[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

async function existingAt(client: GatewayClient, officer: string, officeId: string) {
  const found = new Map<string, ExistingEmployer>();
  let after: string | undefined;
  for (;;) {
    const { employers }: EmployerPage = await client.run<EmployerPage>(officer, employersQuery, {
      after,
      officeId,
    });
    for (const node of employers.nodes) {
      if (node.organisationNumber) found.set(node.organisationNumber.replace('-', ''), node);
    }
    if (!employers.pageInfo.hasNextPage) return found;
    after = employers.pageInfo.endCursor;
  }
}

/**
 * Registers the region's employers at their offices (looked up by organisation number first),
 * each with a contact person, the officers' contact history ending in acquired vacancies, and a
 * competence need with its agreed profile.
 */
export async function loadEmployers(
  client: GatewayClient,
  region: DemoRegion,
  tally: Tally,
): Promise<LoadedEmployer[]> {
  const loaded: LoadedEmployer[] = new Array(region.employers.length);
  const byOffice = new Map<string, number[]>();
  region.employers.forEach((employer, i) =>
    byOffice.set(employer.office.officeId, [...(byOffice.get(employer.office.officeId) ?? []), i]),
  );
  await inParallel([...byOffice], 3, async ([officeId, indexes]) => {
    const officer = region.employers[indexes[0]!]!.office.officer;
    const existing = await existingAt(client, officer, officeId);
    const missing = indexes.filter((i) => {
      const found = existing.get(region.employers[i]!.organisationNumber);
      if (found && isComplete(found)) {
        tally.found('employers');
        loaded[i] = fromExisting(found);
        return false;
      }
      if (found) throw new Error(`employer ${region.employers[i]!.name} was left half-seeded`);
      return true;
    });
    if (missing.length === 0) return;
    const created = await register(
      client,
      officer,
      missing.map((i) => region.employers[i]!),
    );
    missing.forEach((i, n) => (loaded[i] = created[n]!));
    tally.created('employers', missing.length);
  });
  return loaded;
}

function isComplete(found: ExistingEmployer): boolean {
  return (
    (found.contacts ?? []).some((c) => c.outcome === 'VACANCY_ACQUIRED') &&
    (found.acquiredVacancies ?? []).length > 0 &&
    found.competenceNeeds.some((need) => need.profile !== null)
  );
}

function fromExisting(found: ExistingEmployer): LoadedEmployer {
  const need = found.competenceNeeds.find((n) => n.profile !== null)!;
  return {
    id: found.id,
    hasLetter: found.lettersOfIntent.length > 0,
    acquiringContactId: (found.contacts ?? []).find((c) => c.outcome === 'VACANCY_ACQUIRED')!.id,
    vacancyId: found.acquiredVacancies![0]!.id,
    needId: need.id,
    profileId: need.profile!.id,
  };
}

async function register(
  client: GatewayClient,
  officer: string,
  employers: PlannedEmployer[],
): Promise<LoadedEmployer[]> {
  const registered = await client.batch<Registered>(
    officer,
    'registerEmployer',
    '{ id version }',
    employers.map((e) =>
      input('RegisterEmployerInput!', {
        organisationNumber: e.organisationNumber,
        name: e.name,
        sniCode: e.sniCode,
        sizeBand: e.sizeBand,
        officeIds: [e.office.officeId],
      }),
    ),
  );
  return equip(client, officer, employers, registered);
}

interface Registered {
  id: string;
  version: number;
}

/**
 * What a registered employer gets: a contact person, the officers' contact history ending in
 * acquired vacancies, and a competence need with its agreed profile.
 */
export async function equip(
  client: GatewayClient,
  officer: string,
  employers: PlannedEmployer[],
  registered: Registered[],
): Promise<LoadedEmployer[]> {
  await client.batch(
    officer,
    'addContactPerson',
    '{ id }',
    employers.map((e, i) =>
      input('AddContactPersonInput!', {
        employerId: registered[i]!.id,
        version: registered[i]!.version,
        name: e.contactPerson.name,
        role: e.contactPerson.role,
      }),
    ),
  );
  const contacts = employers.flatMap((e, i) =>
    e.contacts.map((contact, n) => ({
      employer: i,
      last: n === e.contacts.length - 1,
      call: input('LogEmployerContactInput!', {
        employerId: registered[i]!.id,
        kind: contact.kind,
        occurredOn: contact.occurredOn,
        outcome:
          n === e.contacts.length - 1
            ? 'VACANCY_ACQUIRED'
            : n === 0
              ? 'NEED_IDENTIFIED'
              : 'FOLLOW_UP_PLANNED',
        summary: n === 0 ? 'Första kontakt om rekryteringsbehov.' : null,
      }),
    })),
  );
  const logged = await client.batch<{ id: string }>(
    officer,
    'logEmployerContact',
    '{ id }',
    contacts.map((c) => c.call),
  );
  const acquiring = new Map<number, string>();
  contacts.forEach((c, n) => {
    if (c.last) acquiring.set(c.employer, logged[n]!.id);
  });
  const vacancies = await client.batch<{ id: string }>(
    officer,
    'recordAcquiredVacancy',
    '{ id }',
    employers.map((e, i) =>
      input('RecordAcquiredVacancyInput!', {
        employerId: registered[i]!.id,
        contactId: acquiring.get(i),
        occupationCode: sectors[e.sector].occupationCode,
        positions: e.acquiredPositions,
        acquiredOn: e.contacts[e.contacts.length - 1]!.occurredOn,
      }),
    ),
  );
  const needs = await client.batch<{ id: string }>(
    officer,
    'recordCompetenceNeed',
    '{ id }',
    employers.map((e, i) => {
      const sector = sectors[e.sector];
      return input('RecordCompetenceNeedInput!', {
        employerId: registered[i]!.id,
        occupationCode: sector.occupationCode,
        headcount: e.acquiredPositions,
        neededFrom: e.contacts[e.contacts.length - 1]!.occurredOn,
        neededUntil: null,
        requirements: {
          skills: [...sector.skills],
          languages: [{ code: 'sv', level: 'B1' }],
          licences: [],
          certificates: [],
        },
      });
    }),
  );
  const profiles = await client.batch<{ id: string }>(
    officer,
    'agreeCompetenceProfile',
    '{ id }',
    employers.map((e, i) => {
      const sector = sectors[e.sector];
      return input('AgreeCompetenceProfileInput!', {
        needId: needs[i]!.id,
        occupationCode: sector.occupationCode,
        competences: sector.competences.map((name, n) => ({
          name,
          level: 3 - (n % 2),
          required: n === 0,
        })),
        languageRequirements: [{ code: 'sv', level: 'B1' }],
      });
    }),
  );
  return employers.map((_, i) => ({
    id: registered[i]!.id,
    hasLetter: false,
    acquiringContactId: acquiring.get(i)!,
    vacancyId: vacancies[i]!.id,
    needId: needs[i]!.id,
    profileId: profiles[i]!.id,
  }));
}

/**
 * The employer of the `employer_contact` login, which the employers service seeds in development
 * with a stable id (`apps/employers` DevEmployerSeed): the region gives it the same history as its
 * own employers, so that login sees a living employer. Null where it does not exist.
 */
export async function loadDevEmployer(
  client: GatewayClient,
  region: DemoRegion,
  tally: Tally,
): Promise<LoadedEmployer | null> {
  const planned = region.devEmployer;
  const { employer } = await client.run<{ employer: (ExistingEmployer & Registered) | null }>(
    planned.office.officer,
    `query D($id: ID!) { employer(id: $id) { id version organisationNumber
      contacts(from: "2020-01-01", to: "${regionToday}") { id outcome }
      competenceNeeds { id profile { id } } lettersOfIntent { id } acquiredVacancies { id } } }`,
    { id: devEmployerId },
  );
  if (!employer) return null;
  if (isComplete(employer)) {
    tally.found('employers');
    return fromExisting(employer);
  }
  const [equipped] = await equip(client, planned.office.officer, [planned], [employer]);
  tally.created('employers');
  return equipped!;
}

/** apps/employers `devEmployer.id`, the `employer_contact` dev login's employer. */
export const devEmployerId = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1';
