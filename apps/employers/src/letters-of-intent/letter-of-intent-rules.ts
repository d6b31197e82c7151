import type { Role } from '@jobbnatet/contracts';
import { isMunicipalityCode } from '@jobbnatet/domain-se';
import { text } from '../employers/employer-rules';
import { employerError, invalidInput } from '../employers/employer.errors';

export const letterStatuses = ['DRAFT', 'APPROVED', 'FULFILLED', 'CANCELLED'] as const;
export type LetterStatus = (typeof letterStatuses)[number];

export const parties = ['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER', 'PARTICIPANT'] as const;
export type Party = (typeof parties)[number];

/** A letter as the caller sent it: nothing checked yet. */
export interface LetterInput {
  subject?: { competenceNeedId?: string | null; jobTrackId?: string | null } | null;
  commitments: { internshipPlaces: number; interviews: number; intendedHires: number };
  steps: readonly { description: string; responsibleParty: string; dueOn: string }[];
  validFrom: string;
  validUntil: string;
  preparatoryEmployment: boolean;
  municipalityCode: string;
}

export interface Step {
  description: string;
  responsibleParty: Party;
  dueOn: string;
}

export interface ValidLetter {
  competenceNeedId: string | null;
  jobTrackId: string | null;
  internshipPlaces: number;
  interviews: number;
  intendedHires: number;
  steps: Step[];
  validFrom: string;
  validUntil: string;
  preparatoryEmployment: boolean;
  municipalityCode: string;
}

export const maxSteps = 50;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `YYYY-MM-DD`, a real calendar day between 2000 and 2100. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 2000 || year > 2100) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function date(field: string, value: unknown): string {
  if (!isCalendarDate(value)) {
    throw invalidInput(field, `${field} must be a date YYYY-MM-DD between 2000 and 2100`);
  }
  return value;
}

function count(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    throw invalidInput(field, `${field} must be a whole number from 0 to 100`);
  }
  return value;
}

function optionalUuid(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!uuidPattern.test(value)) throw invalidInput(field, `${field} must be an id`);
  return value.toLowerCase();
}

/** Checks a letter's content, the same for a draft and for a change. */
export function validateLetter(input: LetterInput): ValidLetter {
  const competenceNeedId = optionalUuid(
    'subject.competenceNeedId',
    input.subject?.competenceNeedId,
  );
  const jobTrackId = optionalUuid('subject.jobTrackId', input.subject?.jobTrackId);
  if (competenceNeedId !== null && jobTrackId !== null) {
    throw invalidInput('subject', 'subject is a competence need or a job track, not both');
  }
  const internshipPlaces = count(
    'commitments.internshipPlaces',
    input.commitments.internshipPlaces,
  );
  const interviews = count('commitments.interviews', input.commitments.interviews);
  const intendedHires = count('commitments.intendedHires', input.commitments.intendedHires);
  if (input.steps.length > maxSteps) {
    throw invalidInput('steps', `steps must be at most ${maxSteps}`);
  }
  const steps = input.steps.map((step, index) => {
    const field = `steps.${index}`;
    if (!(parties as readonly string[]).includes(step.responsibleParty)) {
      throw invalidInput(`${field}.responsibleParty`, `${field}.responsibleParty is not a party`);
    }
    return {
      description: text(`${field}.description`, step.description, 500),
      responsibleParty: step.responsibleParty as Party,
      dueOn: date(`${field}.dueOn`, step.dueOn),
    };
  });
  const validFrom = date('validFrom', input.validFrom);
  const validUntil = date('validUntil', input.validUntil);
  if (validUntil < validFrom) {
    throw invalidInput('validUntil', 'validUntil must not be before validFrom');
  }
  if (typeof input.preparatoryEmployment !== 'boolean') {
    throw invalidInput('preparatoryEmployment', 'preparatoryEmployment must be true or false');
  }
  if (!isMunicipalityCode(input.municipalityCode)) {
    throw invalidInput('municipalityCode', 'municipalityCode is not a Swedish kommunkod');
  }
  return {
    competenceNeedId,
    jobTrackId,
    internshipPlaces,
    interviews,
    intendedHires,
    steps,
    validFrom,
    validUntil,
    preparatoryEmployment: input.preparatoryEmployment,
    municipalityCode: input.municipalityCode,
  };
}

/** Who must approve: always Arbetsförmedlingen, the municipality and the employer; the participant too for a preparatory employment. */
export function requiredParties(preparatoryEmployment: boolean): Party[] {
  return preparatoryEmployment
    ? ['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER', 'PARTICIPANT']
    : ['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER'];
}

/** True when every required party has approved (the set of parties approving the current version). */
export function isFullyApproved(
  preparatoryEmployment: boolean,
  approvedParties: readonly string[],
): boolean {
  return requiredParties(preparatoryEmployment).every((party) => approvedParties.includes(party));
}

/**
 * The parties a role may approve for: an officer for Arbetsförmedlingen and, on the participant's
 * behalf, for the participant; a municipal case worker for the municipality; an employer's contact
 * for the employer. Reaching the letter (its employer or municipality) is checked by scope.
 */
export function partiesOf(role: Role): Party[] {
  switch (role) {
    case 'officer':
      return ['ARBETSFORMEDLINGEN', 'PARTICIPANT'];
    case 'municipal_case_worker':
      return ['MUNICIPALITY'];
    case 'employer_contact':
      return ['EMPLOYER'];
    default:
      return [];
  }
}

/** Checks one approval: a party required by the letter, one the caller may approve for, and a reason when on the participant's behalf. */
export function validateApproval(
  role: Role,
  party: string,
  preparatoryEmployment: boolean,
  reason: string | null | undefined,
): { party: Party; reason: string | null } {
  if (!(parties as readonly string[]).includes(party)) {
    throw invalidInput('party', 'party is not a party of a letter of intent');
  }
  if (!requiredParties(preparatoryEmployment).includes(party as Party)) {
    throw invalidInput(
      'party',
      'party does not approve this letter: it is no preparatory employment',
    );
  }
  if (!partiesOf(role).includes(party as Party)) {
    throw employerError(
      'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED',
      'you may not approve for this party',
      'party',
    );
  }
  if (party === 'PARTICIPANT') {
    if (reason == null) {
      throw invalidInput('reason', 'reason is required when approving on the participant’s behalf');
    }
    return { party, reason: text('reason', reason, 500) };
  }
  if (reason != null) {
    throw invalidInput('reason', 'reason is only given when approving for the participant');
  }
  return { party: party as Party, reason: null };
}

export type Transition = 'approve' | 'change' | 'fulfil' | 'cancel';

/** Which status each transition starts from and where it goes; `approve` ends in DRAFT or APPROVED. */
export function nextStatus(
  status: LetterStatus,
  transition: Transition,
  fullyApproved = false,
): LetterStatus | null {
  switch (transition) {
    case 'approve':
      return status === 'DRAFT' ? (fullyApproved ? 'APPROVED' : 'DRAFT') : null;
    case 'change':
      return status === 'DRAFT' || status === 'APPROVED' ? 'DRAFT' : null;
    case 'fulfil':
      return status === 'APPROVED' ? 'FULFILLED' : null;
    case 'cancel':
      return status === 'DRAFT' || status === 'APPROVED' ? 'CANCELLED' : null;
  }
}

/** `nextStatus`, or the typed refusal naming the transition. */
export function transition(
  status: LetterStatus,
  action: Transition,
  fullyApproved = false,
): LetterStatus {
  const next = nextStatus(status, action, fullyApproved);
  if (next === null) {
    throw employerError(
      'LETTER_OF_INTENT.INVALID_TRANSITION',
      `a letter of intent in status ${status} cannot ${action}`,
      'status',
    );
  }
  return next;
}

export const staleVersion = () =>
  employerError(
    'LETTER_OF_INTENT.STALE_VERSION',
    'version is not the current one: reload and try again',
    'version',
  );

/** The same answer for a letter that does not exist and one outside the caller's scope. */
export const letterNotFound = () =>
  employerError('LETTER_OF_INTENT.NOT_FOUND', 'no such letter of intent in your scope', 'letterId');
