import { regionToday } from '../dates';
import { type GatewayClient, inParallel, input } from '../gateway-client';
import type { DemoRegion, PlannedEmployer } from '../plan';
import { sectors } from '../region-data';
import type { Tally } from './tally';

/** A region employer as the services know it. */
export interface LoadedEmployer {
  id: string;
  /** The logged contact through which its vacancies were acquired. */
  acquiringContactId: string;
  needId: string;
  profileId: string;
}

interface ExistingEmployer {
  id: string;
  organisationNumber: string | null;
  contacts: { id: string; outcome: string }[] | null;
  competenceNeeds: { id: string; profile: { id: string } | null }[];
}

const employersQuery = `query E($after: String, $officeId: String) {
  employers(first: 100, after: $after, filter: { officeId: $officeId }) {
    nodes { id organisationNumber contacts(from: "2020-01-01", to: "${regionToday}") { id outcome }
      competenceNeeds { id profile { id } } }
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
    found.competenceNeeds.some((need) => need.profile !== null)
  );
}

function fromExisting(found: ExistingEmployer): LoadedEmployer {
  const need = found.competenceNeeds.find((n) => n.profile !== null)!;
  return {
    id: found.id,
    acquiringContactId: (found.contacts ?? []).find((c) => c.outcome === 'VACANCY_ACQUIRED')!.id,
    needId: need.id,
    profileId: need.profile!.id,
  };
}

async function register(
  client: GatewayClient,
  officer: string,
  employers: PlannedEmployer[],
): Promise<LoadedEmployer[]> {
  const registered = await client.batch<{ id: string; version: number }>(
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
  await client.batch(
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
    acquiringContactId: acquiring.get(i)!,
    needId: needs[i]!.id,
    profileId: profiles[i]!.id,
  }));
}
