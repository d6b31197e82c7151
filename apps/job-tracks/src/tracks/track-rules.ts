import { calendarDay, isMunicipality, isOffice, isUuid, listOf, text } from '../core/input-rules';
import type { PlannedPhase } from '../core/job-track.model';
import { workingPhases } from '../core/phase-rules';
import { type StaffMember, validateStaff } from '../core/staff';
import { invalidInput as invalid } from '../core/track.errors';

/** A new track as the caller sent it: nothing checked yet. */
export interface TrackInput {
  agreementId: string;
  name: string;
  municipalityCodes: string[];
  officeIds: string[];
  employerIds: string[];
  competenceNeedIds: string[];
  competenceProfileId?: string | null;
  providerIds: string[];
  targetParticipants: number;
  timeline: unknown[];
  operationalTeam: unknown[];
  coordinators: unknown[];
}

export interface ValidTrack {
  agreementId: string;
  name: string;
  municipalityCodes: string[];
  officeIds: string[];
  employerIds: string[];
  competenceNeedIds: string[];
  competenceProfileId: string | null;
  providerIds: string[];
  targetParticipants: number;
  timeline: PlannedPhase[];
  plannedStart: string;
  plannedEnd: string;
  operationalTeam: StaffMember[];
  coordinators: StaffMember[];
}

const ids = (field: string, value: unknown, min = 0) =>
  listOf(invalid, field, value, isUuid, 'ids', { min });

/**
 * The four phases, each once and in order, each ending on or after its start; a phase starts
 * and ends no earlier than the one before (they may overlap: recruitment can begin before
 * planning is done).
 */
export function validateTimeline(value: unknown): PlannedPhase[] {
  const message = 'timeline must give PLANNING, RECRUITMENT, IMPLEMENTATION and CLOSING in order';
  if (!Array.isArray(value) || value.length !== workingPhases.length)
    throw invalid('timeline', message);
  const timeline = value.map((entry: unknown, index) => {
    const planned = (entry ?? {}) as Record<string, unknown>;
    if (planned.phase !== workingPhases[index]) throw invalid('timeline', message);
    return {
      phase: workingPhases[index]!,
      plannedStart: calendarDay(invalid, 'timeline', planned.plannedStart),
      plannedEnd: calendarDay(invalid, 'timeline', planned.plannedEnd),
    };
  });
  timeline.forEach((planned, index) => {
    const before = timeline[index - 1];
    if (
      planned.plannedEnd < planned.plannedStart ||
      (before &&
        (planned.plannedStart < before.plannedStart || planned.plannedEnd < before.plannedEnd))
    ) {
      throw invalid('timeline', 'timeline phases must end after they start and follow each other');
    }
  });
  return timeline;
}

/** Checks every field of a new track; the first bad one is named in a typed error. */
export function validateTrack(input: TrackInput): ValidTrack {
  if (!isUuid(input.agreementId)) throw invalid('agreementId', 'agreementId is not an agreement');
  const name = text(invalid, 'name', input.name, 200);
  const municipalityCodes = listOf(
    invalid,
    'municipalityCodes',
    input.municipalityCodes,
    isMunicipality,
    'municipality codes',
    { min: 1 },
  );
  const officeIds = listOf(
    invalid,
    'officeIds',
    input.officeIds,
    isOffice,
    'Arbetsförmedlingen offices',
    { min: 1 },
  );
  const employerIds = ids('employerIds', input.employerIds, 1);
  const competenceNeedIds = ids('competenceNeedIds', input.competenceNeedIds);
  const profile = input.competenceProfileId ?? null;
  if (profile !== null && !isUuid(profile)) {
    throw invalid('competenceProfileId', 'competenceProfileId is not a competence profile');
  }
  const providerIds = ids('providerIds', input.providerIds);
  const target = input.targetParticipants;
  if (!Number.isInteger(target) || target < 1 || target > 1000) {
    throw invalid('targetParticipants', 'targetParticipants must be a whole number 1–1000');
  }
  const timeline = validateTimeline(input.timeline);
  return {
    agreementId: input.agreementId.toLowerCase(),
    name,
    municipalityCodes,
    officeIds,
    employerIds,
    competenceNeedIds,
    competenceProfileId: profile?.toLowerCase() ?? null,
    providerIds,
    targetParticipants: target,
    timeline,
    plannedStart: timeline[0]!.plannedStart,
    plannedEnd: timeline.reduce((end, p) => (p.plannedEnd > end ? p.plannedEnd : end), ''),
    operationalTeam: validateStaff(invalid, 'operationalTeam', input.operationalTeam),
    coordinators: validateStaff(invalid, 'coordinators', input.coordinators, { min: 1, max: 10 }),
  };
}

const day = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The next round's timeline when none is given: the same phases and durations, starting the day
 * after the previous round's planned end.
 */
export function nextRoundTimeline(previous: readonly PlannedPhase[]): PlannedPhase[] {
  const previousEnd = previous.reduce((end, p) => (p.plannedEnd > end ? p.plannedEnd : end), '');
  const shift = toTime(previousEnd) + day - toTime(previous[0]!.plannedStart);
  return previous.map((p) => ({
    phase: p.phase,
    plannedStart: toDate(toTime(p.plannedStart) + shift),
    plannedEnd: toDate(toTime(p.plannedEnd) + shift),
  }));
}
