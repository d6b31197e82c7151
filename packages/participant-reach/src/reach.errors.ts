import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

export type ParticipantReachErrorCode = 'PARTICIPANT.NOT_IN_REACH';

const reachError = domainErrorFactory<ParticipantReachErrorCode>({
  'PARTICIPANT.NOT_IN_REACH': 'not_found',
} satisfies ErrorCatalogue<ParticipantReachErrorCode>);

/**
 * A participant outside the caller's reach, a missing one and one this service has not heard of
 * yet get this same answer; it is retryable, since a participant registered a moment ago reaches
 * this service's replica shortly after.
 */
export const participantNotInReach = () =>
  reachError(
    'PARTICIPANT.NOT_IN_REACH',
    'no such participant in your reach; if they were registered just now, try again shortly',
    'participantId',
    true,
  );
