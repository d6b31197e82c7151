import type { CallerIdentity } from '@jobbnatet/contracts';
import { Subgraph, type SubgraphOptions } from '@jobbnatet/subgraph-testing';
import { AppModule, serviceName } from '../../src/app.module';
import { activitiesConfig } from '../../src/config';

/** The activities subgraph through the shared harness, on a database of its own. */
export function startActivities(options: Partial<SubgraphOptions> = {}): Promise<Subgraph> {
  return Subgraph.start({
    serviceName,
    appModule: (env) => AppModule.register(activitiesConfig(env)),
    ...options,
  });
}

export const offeringFields = `id type { code category } provider { id kind } placeName municipalityCode
  officeIds fromDate toDate capacity seatsLeft costPerParticipant occupationCodes competences
  languageCode status version`;

export const registerProviderMutation = `mutation P($input: RegisterProviderInput!) {
  registerProvider(input: $input) { id kind name organisationNumber municipalityCode }
}`;

export const createOfferingMutation = `mutation C($input: CreateOfferingInput!) {
  createOffering(input: $input) { ${offeringFields} }
}`;

export const changeStatusMutation = `mutation S($input: ChangeOfferingStatusInput!) {
  changeOfferingStatus(input: $input) { id status version }
}`;

/** Registers an Arbetsförmedlingen provider as `caller`; fails the test on any error. */
export async function registerProvider(
  subgraph: Subgraph,
  caller: CallerIdentity,
  input: Record<string, unknown> = { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' },
): Promise<string> {
  const response = await subgraph.call<{ registerProvider: { id: string } }>(
    caller,
    registerProviderMutation,
    { input },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerProvider.id;
}

export interface OfferingCreation {
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

export function anOffering(
  providerId: string,
  overrides: Partial<OfferingCreation> = {},
): OfferingCreation {
  return {
    typeCode: 'JOBBFORUM',
    providerId,
    placeName: 'Jobbtorget Södertälje',
    municipalityCode: '0181',
    officeIds: ['af-sodertalje'],
    fromDate: '2027-01-11',
    toDate: '2027-04-02',
    capacity: 20,
    costPerParticipant: 12500.5,
    occupationCodes: ['5120'],
    competences: ['Livsmedelshygien'],
    languageCode: 'sv',
    ...overrides,
  };
}

/** Creates an offering as `caller`; fails the test on any error. */
export async function createOffering(
  subgraph: Subgraph,
  caller: CallerIdentity,
  input: OfferingCreation,
): Promise<{ id: string; status: string; version: number }> {
  const response = await subgraph.call<{
    createOffering: { id: string; status: string; version: number };
  }>(caller, createOfferingMutation, { input });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createOffering;
}
