export { callers } from './callers';
export {
  createIdentitySigner,
  trustedBy,
  type IdentitySigner,
  type SignedOperation,
} from './identity-signer';
export { rootFieldOperations } from './root-fields';
export {
  sqlOn,
  Subgraph,
  type SubgraphOptions,
  testDatabaseServer,
  testKafkaBrokers,
} from './subgraph-harness';
export { piiKeys } from './pii-keys';
export { EmployerEvents } from './employer-events';
export { EventPlayer } from './event-player';
export { ParticipantEvents } from './participant-events';
export { reportingHistory } from './reporting-history';
export { testEnvelope } from './test-envelope';
