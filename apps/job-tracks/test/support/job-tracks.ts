import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from '@jobbnatet/contracts';
import { callers, piiKeys, Subgraph, type SubgraphOptions } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import { AppModule, serviceName } from '../../src/app.module';
import { checklistCatalogue } from '../../src/checklists/checklist-catalogue';
import { jobTracksConfig } from '../../src/config';

/** The job-tracks subgraph through the shared harness, on a database of its own, ready. */
export async function startJobTracks(options: Partial<SubgraphOptions> = {}): Promise<Subgraph> {
  const subgraph = await Subgraph.start({
    serviceName,
    appModule: (env) => AppModule.register(jobTracksConfig(env)),
    ...options,
    env: { ...piiKeys(), ...options.env },
  });
  await expectEventually(
    async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
    { timeoutMs: 30_000 },
  );
  return subgraph;
}

/** The parties of the tracks these tests run: Södertälje's AF office and municipality. */
export const officer = callers.officer('af-sodertalje');
export const caseWorker = callers.caseWorker('0181');
export const admin = callers.admin();

export const agreementFields = `id municipalityCode officeIds validFrom validTo status version
  contacts { userId organisation role } rolesAndResponsibilities methodSuitability employerWork`;

export const createAgreementMutation = `mutation A($input: CreateAgreementInput!) {
  createCollaborationAgreement(input: $input) { ${agreementFields} }
}`;
export const activateAgreementMutation = `mutation Act($agreementId: ID!) {
  activateCollaborationAgreement(agreementId: $agreementId) { id status version }
}`;
export const endAgreementMutation = `mutation End($agreementId: ID!) {
  endCollaborationAgreement(agreementId: $agreementId) { id status version }
}`;

export const trackFields = `id name agreementId round previousRoundId municipalityCodes officeIds
  employerIds competenceNeedIds competenceProfileId providerIds targetParticipants
  timeline { phase plannedStart plannedEnd } plannedStart plannedEnd
  operationalTeam { userId organisation role } coordinators { userId organisation role }
  phase status cancellation { reasonCode reasonText } version`;

export const createTrackMutation = `mutation T($input: CreateTrackInput!) {
  createTrack(input: $input) { ${trackFields} }
}`;
export const repeatTrackMutation = `mutation R($input: RepeatTrackInput!) {
  repeatTrack(input: $input) { ${trackFields} }
}`;
export const updateItemMutation = `mutation U($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    code phase state complete updatedAt updatedBy waiver { reason waivedBy }
  }
}`;
export const waiveItemMutation = `mutation W($input: WaiveChecklistItemInput!) {
  waiveChecklistItem(input: $input) { code state complete waiver { reason waivedAt waivedBy } }
}`;
export const advanceMutation = `mutation Adv($trackId: ID!) {
  advancePhase(trackId: $trackId) { id phase status version }
}`;
export const cancelMutation = `mutation Can($input: CancelTrackInput!) {
  cancelTrack(input: $input) { id phase status cancellation { reasonCode reasonText } }
}`;
export const trackQuery = `query One($id: ID!) {
  jobTrack(id: $id) {
    id phase status
    checklist { code phase labelSv labelEn state complete waiver { reason } }
    phaseHistory { from to changedBy }
  }
}`;

export interface AgreementCreation {
  municipalityCode: string;
  officeIds: string[];
  validFrom: string;
  validTo: string;
  contacts: { userId: string; organisation: string; role: string }[];
  rolesAndResponsibilities: string;
  methodSuitability: string;
  employerWork: string;
}

export function anAgreement(overrides: Partial<AgreementCreation> = {}): AgreementCreation {
  return {
    municipalityCode: '0181',
    officeIds: ['af-sodertalje'],
    validFrom: '2026-01-01',
    validTo: '2029-12-31',
    contacts: [
      { userId: randomUUID(), organisation: 'AF', role: 'Sektionschef' },
      { userId: randomUUID(), organisation: 'MUNICIPALITY', role: 'Arbetsmarknadschef' },
    ],
    rolesAndResponsibilities: 'Styrgrupp med chefer från båda parter; operativt team per spår.',
    methodSuitability: 'När en eller flera arbetsgivare har ett återkommande rekryteringsbehov.',
    employerWork: 'Gemensam arbetsgivarkontakt varannan vecka, en ingång för arbetsgivaren.',
    ...overrides,
  };
}

export interface TrackCreation {
  agreementId: string;
  name: string;
  municipalityCodes: string[];
  officeIds: string[];
  employerIds: string[];
  competenceNeedIds: string[];
  competenceProfileId: string | null;
  providerIds: string[];
  targetParticipants: number;
  timeline: { phase: string; plannedStart: string; plannedEnd: string }[];
  operationalTeam: { userId: string; organisation: string; role: string }[];
  coordinators: { userId: string; organisation: string; role: string }[];
}

export const employerId = '7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d';
export const profileId = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';
/** The employer's competence need the profile was agreed for (see `support/employers.ts`). */
export const needId = '3f4e5d6c-7b8a-4990-8a1b-2c3d4e5f6a7b';

export function aTrack(agreementId: string, overrides: Partial<TrackCreation> = {}): TrackCreation {
  return {
    agreementId,
    name: 'Lager och logistik Södertälje',
    municipalityCodes: ['0181'],
    officeIds: ['af-sodertalje'],
    employerIds: [employerId],
    competenceNeedIds: [needId],
    competenceProfileId: profileId,
    providerIds: [randomUUID()],
    targetParticipants: 12,
    timeline: [
      { phase: 'PLANNING', plannedStart: '2027-02-01', plannedEnd: '2027-03-31' },
      { phase: 'RECRUITMENT', plannedStart: '2027-04-01', plannedEnd: '2027-04-30' },
      { phase: 'IMPLEMENTATION', plannedStart: '2027-05-01', plannedEnd: '2027-10-31' },
      { phase: 'CLOSING', plannedStart: '2027-11-01', plannedEnd: '2027-12-17' },
    ],
    operationalTeam: [
      { userId: officer.userId, organisation: 'AF', role: 'Arbetsförmedlare' },
      { userId: caseWorker.userId, organisation: 'MUNICIPALITY', role: 'Kommunhandläggare' },
    ],
    coordinators: [{ userId: randomUUID(), organisation: 'MUNICIPALITY', role: 'Samordnare' }],
    ...overrides,
  };
}

/** Sends a mutation and returns its one field's data; fails the test on any error. */
export async function must<T>(
  subgraph: Subgraph,
  caller: CallerIdentity,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await subgraph.call<Record<string, T>>(caller, query, variables);
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data)[0]!;
}

/** An ACTIVE agreement for Södertälje, created and activated by its officer. */
export async function activeAgreement(
  subgraph: Subgraph,
  overrides: Partial<AgreementCreation> = {},
): Promise<string> {
  const { id } = await must<{ id: string }>(subgraph, officer, createAgreementMutation, {
    input: anAgreement(overrides),
  });
  await must(subgraph, officer, activateAgreementMutation, { agreementId: id });
  return id;
}

export interface CreatedTrack {
  id: string;
  phase: string;
  round: number;
  version: number;
  previousRoundId: string | null;
  timeline: { phase: string; plannedStart: string; plannedEnd: string }[];
}

export async function createTrack(
  subgraph: Subgraph,
  agreementId: string,
  overrides: Partial<TrackCreation> = {},
  caller: CallerIdentity = officer,
): Promise<CreatedTrack> {
  return must<CreatedTrack>(subgraph, caller, createTrackMutation, {
    input: aTrack(agreementId, overrides),
  });
}

/** Marks every item of `phase` DONE (as the officer). */
export async function completePhase(subgraph: Subgraph, trackId: string, phase: string) {
  for (const item of checklistCatalogue.filter((d) => d.phase === phase)) {
    await must(subgraph, officer, updateItemMutation, {
      input: { trackId, itemCode: item.code, state: 'DONE' },
    });
  }
}

/** The item codes of one phase, in checklist order. */
export const itemsOf = (phase: string): string[] =>
  checklistCatalogue.filter((d) => d.phase === phase).map((d) => d.code);

/** Rows and events anything could leave behind: a count that a refused command must not move. */
export async function traces(subgraph: Subgraph): Promise<number> {
  const [row] = await subgraph.sql<{ n: string }>(
    `SELECT (SELECT count(*) FROM collaboration_agreement) + (SELECT coalesce(sum(version), 0) FROM collaboration_agreement)
       + (SELECT count(*) FROM job_track) + (SELECT coalesce(sum(version), 0) FROM job_track)
       + (SELECT count(*) FROM checklist_item WHERE updated_at IS NOT NULL) + (SELECT count(*) FROM checklist_waiver)
       + (SELECT count(*) FROM phase_change)
       + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
  );
  return Number(row!.n);
}
