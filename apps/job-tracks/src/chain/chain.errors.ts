import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of the chain, templates, adaptations and follow-ups. */
export type ChainErrorCode =
  | 'CHAIN.INVALID_INPUT'
  | 'CHAIN.WRONG_PHASE'
  | 'CHAIN.STEP_NOT_FOUND'
  | 'CHAIN.INTERVENTION_TYPE_NOT_REPLICATED'
  | 'CHAIN.OFFERING_NOT_REPLICATED'
  | 'CHAIN.OFFERING_CANCELLED'
  | 'CHAIN.TOO_MANY_STEPS'
  | 'CHAIN.NOT_EMPTY'
  | 'CHAIN.NO_IMPLEMENTATION_PHASE'
  | 'CHAIN.STEP_ALREADY_REMOVED'
  | 'TEMPLATE.NOT_FOUND'
  | 'TEMPLATE.CODE_TAKEN'
  | 'TEMPLATE.TRACK_NOT_CLOSED'
  | 'TEMPLATE.NOT_A_GOOD_EXAMPLE'
  | 'FOLLOW_UP.NO_SCHEDULE'
  | 'FOLLOW_UP.NOT_A_MEETING'
  | 'FOLLOW_UP.ALREADY_RECORDED'
  | 'FOLLOW_UP.NOT_FOUND';

const chainError = domainErrorFactory<ChainErrorCode>({
  'CHAIN.INVALID_INPUT': 'validation',
  'CHAIN.WRONG_PHASE': 'conflict',
  'CHAIN.STEP_NOT_FOUND': 'not_found',
  'CHAIN.INTERVENTION_TYPE_NOT_REPLICATED': 'not_found',
  'CHAIN.OFFERING_NOT_REPLICATED': 'not_found',
  'CHAIN.OFFERING_CANCELLED': 'conflict',
  'CHAIN.TOO_MANY_STEPS': 'conflict',
  'CHAIN.NOT_EMPTY': 'conflict',
  'CHAIN.NO_IMPLEMENTATION_PHASE': 'conflict',
  'CHAIN.STEP_ALREADY_REMOVED': 'conflict',
  'TEMPLATE.NOT_FOUND': 'not_found',
  'TEMPLATE.CODE_TAKEN': 'conflict',
  'TEMPLATE.TRACK_NOT_CLOSED': 'conflict',
  'TEMPLATE.NOT_A_GOOD_EXAMPLE': 'conflict',
  'FOLLOW_UP.NO_SCHEDULE': 'conflict',
  'FOLLOW_UP.NOT_A_MEETING': 'conflict',
  'FOLLOW_UP.ALREADY_RECORDED': 'conflict',
  'FOLLOW_UP.NOT_FOUND': 'not_found',
} satisfies ErrorCatalogue<ChainErrorCode>);

/** Names the field; never quotes the value. */
export const invalidChainInput = (field: string, message: string) =>
  chainError('CHAIN.INVALID_INPUT', message, field);

export const wrongPhase = (what: string, phases: readonly string[]) =>
  chainError('CHAIN.WRONG_PHASE', `${what} only while the track is in ${phases.join(' or ')}`);

export const stepNotFound = () =>
  chainError('CHAIN.STEP_NOT_FOUND', 'no such step in this track’s chain', 'stepId');

/** The activities catalogue may know it already; this service's replica has not heard of it yet. */
export const interventionTypeNotReplicated = (field: string) =>
  chainError(
    'CHAIN.INTERVENTION_TYPE_NOT_REPLICATED',
    'this service has not seen that intervention type; if it was added just now, try again shortly',
    field,
    true,
  );

export const offeringNotReplicated = (field: string) =>
  chainError(
    'CHAIN.OFFERING_NOT_REPLICATED',
    'this service has not seen that offering; if it was created just now, try again shortly',
    field,
    true,
  );

export const offeringCancelled = (field: string) =>
  chainError('CHAIN.OFFERING_CANCELLED', 'that offering is cancelled', field);

export const tooManySteps = (max: number) =>
  chainError('CHAIN.TOO_MANY_STEPS', `a chain holds at most ${max} steps`);

export const chainNotEmpty = () =>
  chainError('CHAIN.NOT_EMPTY', 'a template is applied to a track with an empty chain only');

export const noImplementationPhase = () =>
  chainError(
    'CHAIN.NO_IMPLEMENTATION_PHASE',
    'the track’s timeline has no implementation phase to count weeks from',
  );

export const stepAlreadyRemoved = () =>
  chainError(
    'CHAIN.STEP_ALREADY_REMOVED',
    'that step is already removed for this participant',
    'stepId',
  );

export const templateNotFound = () =>
  chainError('TEMPLATE.NOT_FOUND', 'no such method template', 'templateCode');

export const templateCodeTaken = () =>
  chainError('TEMPLATE.CODE_TAKEN', 'a method template with that code exists', 'code');

export const trackNotClosed = () =>
  chainError(
    'TEMPLATE.TRACK_NOT_CLOSED',
    'only a closed track’s design is saved as a template',
    'trackId',
  );

export const notAGoodExample = () =>
  chainError(
    'TEMPLATE.NOT_A_GOOD_EXAMPLE',
    'only a track whose published evaluation calls it a good example is saved as a template',
    'trackId',
  );

export const noSchedule = () =>
  chainError('FOLLOW_UP.NO_SCHEDULE', 'the track has no follow-up schedule', 'dueDate');

export const notAMeeting = () =>
  chainError('FOLLOW_UP.NOT_A_MEETING', 'no scheduled follow-up falls on that date', 'dueDate');

export const alreadyRecorded = () =>
  chainError('FOLLOW_UP.ALREADY_RECORDED', 'that follow-up is recorded already', 'dueDate');

export const followUpNotFound = () =>
  chainError('FOLLOW_UP.NOT_FOUND', 'no such follow-up on this track', 'followUpId');
