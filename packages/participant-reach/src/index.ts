export { CreateParticipantReach1796200000000 } from './create-participant-reach.migration';
export {
  ParticipantConsentGivenHandler,
  ParticipantConsentWithdrawnHandler,
  ParticipantErasedHandler,
  ParticipantExitedHandler,
  ParticipantRegisteredHandler,
  ParticipantUpdatedHandler,
  participantReachHandlers,
} from './participant-reach.handlers';
export { ParticipantReachModule } from './participant-reach.module';
export { ParticipantReach } from './participant-reach.service';
export {
  isLater,
  mergeReach,
  type EventPosition,
  type ReachRow,
  type ReachStatus,
  type ReachUpdate,
} from './reach-merge';
export { participantNotInReach, type ParticipantReachErrorCode } from './reach.errors';
export {
  participantReachColumns,
  participantReachPolicy,
  reachCondition,
  type ParticipantReachColumns,
} from './reach-rule';
