import type { CallerIdentity } from '@jobbnatet/contracts';
import { piiKeys, Subgraph, type SubgraphOptions } from '@jobbnatet/subgraph-testing';
import { AppModule, serviceName } from '../../src/app.module';
import { employersConfig } from '../../src/config';

/** The employers subgraph through the shared harness, on a database of its own, with fresh PII keys. */
export function startEmployers(options: Partial<SubgraphOptions> = {}): Promise<Subgraph> {
  return Subgraph.start({
    serviceName,
    appModule: (env) => AppModule.register(employersConfig(env)),
    ...options,
    env: { ...piiKeys(), ...options.env },
  });
}

export const registerEmployerMutation = `mutation R($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) { id name organisationNumber sniCode sizeBand officeIds version }
}`;

let next = Math.floor(Math.random() * 900_000);

/** A valid organisationsnummer (556…, an aktiebolag) that no other call in this process got. */
export function aFreshOrganisationNumber(): string {
  const body = `556${String(next++ % 1_000_000).padStart(6, '0')}`;
  const sum = [...body].reduce((total, digit, index) => {
    const weighted = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  const digits = `${body}${(10 - (sum % 10)) % 10}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

export interface EmployerRegistration {
  organisationNumber: string;
  name: string;
  sniCode: string;
  sizeBand: string;
  officeIds?: string[];
}

export function anEmployer(overrides: Partial<EmployerRegistration> = {}): EmployerRegistration {
  return {
    organisationNumber: aFreshOrganisationNumber(),
    name: 'Testbolaget AB',
    sniCode: '62010',
    sizeBand: 'SMALL',
    ...overrides,
  };
}

/** Registers as `caller` (an officer) and returns the employer; fails the test on any error. */
export async function registerEmployer(
  subgraph: Subgraph,
  caller: CallerIdentity,
  input: EmployerRegistration = anEmployer(),
): Promise<{ id: string; name: string; version: number }> {
  const response = await subgraph.call<{
    registerEmployer: { id: string; name: string; version: number };
  }>(caller, registerEmployerMutation, { input });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerEmployer;
}

const recordNeedMutation = `mutation N($input: RecordCompetenceNeedInput!) {
  recordCompetenceNeed(input: $input) { id }
}`;
const agreeProfileMutation = `mutation A($input: AgreeCompetenceProfileInput!) {
  agreeCompetenceProfile(input: $input) { id }
}`;

/** Records a need of `employerId` and agrees its profile (an order picker's) as `caller`; the profile's id. */
export async function anAgreedProfile(
  subgraph: Subgraph,
  caller: CallerIdentity,
  employerId: string,
): Promise<string> {
  const need = await subgraph.call<{ recordCompetenceNeed: { id: string } }>(
    caller,
    recordNeedMutation,
    {
      input: {
        employerId,
        occupationCode: '4322',
        headcount: 2,
        neededFrom: '2027-02-01',
        neededUntil: '2027-06-30',
        requirements: { skills: [], languages: [], licences: [], certificates: [] },
      },
    },
  );
  if (!need.data) throw new Error(JSON.stringify(need.errors));
  const profile = await subgraph.call<{ agreeCompetenceProfile: { id: string } }>(
    caller,
    agreeProfileMutation,
    {
      input: {
        needId: need.data.recordCompetenceNeed.id,
        occupationCode: '4322',
        competences: [{ name: 'Truckkörning', level: 3, required: true }],
        languageRequirements: [],
      },
    },
  );
  if (!profile.data) throw new Error(JSON.stringify(profile.errors));
  return profile.data.agreeCompetenceProfile.id;
}
