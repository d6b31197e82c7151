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

// --- sessions ----------------------------------------------------------------------------------

export const sessionFields = `id offeringId kind startsAt endsAt date room leader status
  cancellationReason version`;

export const scheduleSessionsMutation = `mutation Schedule($input: ScheduleSessionsInput!) {
  scheduleSessions(input: $input) { ${sessionFields} }
}`;

export const rescheduleSessionMutation = `mutation Reschedule($input: RescheduleSessionInput!) {
  rescheduleSession(input: $input) { ${sessionFields} }
}`;

export const cancelSessionMutation = `mutation Cancel($input: CancelSessionInput!) {
  cancelSession(input: $input) { ${sessionFields} }
}`;

export const offeringWeekQuery = `query Week($offeringId: ID!, $week: String!) {
  offeringWeek(offeringId: $offeringId, week: $week) {
    offeringId week days { date weekday sessions { id kind startsAt status cancellationReason } }
  }
}`;

export interface SessionPlan {
  kind: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  leader?: string | null;
}

export interface ScheduledSession {
  id: string;
  offeringId: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  date: string;
  room: string | null;
  leader: string | null;
  status: string;
  cancellationReason: string | null;
  version: number;
}

/** One session on a winter day in Stockholm (UTC+1), 09:00–10:30 by default. */
export function aSession(
  day: string,
  overrides: Partial<SessionPlan> & { from?: string; to?: string } = {},
): SessionPlan {
  const { from = '09:00', to = '10:30', ...rest } = overrides;
  return {
    kind: 'GROUP_MEETING',
    startsAt: `${day}T${from}+01:00`,
    endsAt: `${day}T${to}+01:00`,
    room: 'Sal 3',
    leader: 'Karin Lund',
    ...rest,
  };
}

/**
 * A Jobbforum week (2027-W03, 18–22 January): group meetings and lectures in the mornings,
 * individual tasks and own job search in the afternoons, a follow-up on Friday.
 */
export function aJobbforumWeek(): SessionPlan[] {
  return [
    aSession('2027-01-18', { kind: 'GROUP_MEETING', room: 'Sal 3' }),
    aSession('2027-01-18', {
      kind: 'INDIVIDUAL_TASKS',
      from: '13:00',
      to: '16:00',
      room: 'Datasalen',
    }),
    aSession('2027-01-19', { kind: 'LECTURE', room: 'Hörsalen', leader: 'Inbjuden arbetsgivare' }),
    aSession('2027-01-19', { kind: 'JOB_SEARCH', from: '13:00', to: '16:00', room: 'Datasalen' }),
    aSession('2027-01-20', { kind: 'INDIVIDUAL_TASKS', from: '09:00', to: '12:00' }),
    aSession('2027-01-21', { kind: 'GROUP_MEETING', from: '10:00', to: '11:30' }),
    aSession('2027-01-22', { kind: 'FOLLOW_UP_MEETING', from: '09:00', to: '09:30', room: null }),
    aSession('2027-01-22', { kind: 'JOB_SEARCH', from: '10:00', to: '15:00', leader: null }),
  ];
}

/** Schedules sessions as `caller`; fails the test on any error. */
export async function scheduleSessions(
  subgraph: Subgraph,
  caller: CallerIdentity,
  offeringId: string,
  sessions: SessionPlan[],
): Promise<ScheduledSession[]> {
  const response = await subgraph.call<{ scheduleSessions: ScheduledSession[] }>(
    caller,
    scheduleSessionsMutation,
    { input: { offeringId, sessions } },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.scheduleSessions;
}
