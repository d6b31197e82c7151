export { consumersCaughtUp } from './consumers-caught-up';
export { expectEventually } from './expect-eventually';
export {
  demoIdentityNumbers,
  findUnlistedIdentityNumbers,
  isDemoIdentityNumber,
  testIdentityNumbers,
  type UnlistedIdentityNumber,
} from './identity-numbers';
export { KafkaProbe, type ReceivedMessage } from './kafka-probe';
export { KafkaTestProducer, type TestEnvelope } from './kafka-test-producer';
export { devLogin, postGraphql, type GraphqlResponse } from './graphql-client';
export {
  aFreshIdentityNumber,
  identityClaimsVariable,
  aParticipant,
  ParticipantBuilder,
  type ParticipantRegistration,
} from './builders';
export {
  hostileDate,
  hostileDates,
  hostileNumber,
  hostileNumbers,
  hostileString,
  hostileStrings,
  invalidIdentityNumber,
  invalidOrganisationNumber,
  prototypePollutionJson,
  validIdentityNumber,
} from './hostile-inputs';
export {
  assertEveryBadInputRefused,
  clientErrorCodes,
  oneFieldBroken,
  type BadInputRun,
} from './bad-inputs';
export {
  receivedSpans,
  spansOf,
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from './otlp-receiver';
