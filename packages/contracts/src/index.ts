export { topics, deadLetterTopic, redriveTopic, type Topic } from './topics';
export {
  defineEvent,
  type EventDefinition,
  type EventData,
  type ConsumedData,
} from './event-definition';
export {
  createEnvelope,
  parseEvent,
  envelopeSchema,
  EventSchemaError,
  type EventEnvelope,
  type ConsumedEvent,
  type NewEvent,
  type ParsedEvent,
  type RefusalReason,
} from './envelope';
export {
  eventCatalog,
  participantActivitySupportRecordedV1,
  participantAssessedV1,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantEmployedV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantRetentionCheckedV1,
  participantUpdatedV1,
  employerRegisteredV1,
  employerUpdatedV1,
  employerContactLoggedV1,
  vacancyAcquiredV1,
  vacancyFilledV1,
  employerFeedbackRecordedV1,
} from './events';
export * from './events/participant-codes';
export * as scalars from './scalars';
export {
  identityHeader,
  roles,
  callerIdentitySchema,
  signIdentity,
  verifyIdentity,
  operationHash,
  identityVerifyKeys,
  identityVerifyKeySet,
  identityLifetimeSeconds,
  IdentityRejectedError,
  type BoundOperation,
  type CallerIdentity,
  type IdentitySigningOptions,
  type IdentityVerifyKeys,
  type Role,
  type VerifiedIdentity,
} from './identity';
