export {
  serviceConfigSchema,
  loadConfig,
  ConfigError,
  listenHost,
  type Mode,
  type ServiceConfig,
} from './config/service-config';
export { ServiceKitModule, type ServiceKitOptions } from './service-kit.module';
export { bootstrapService } from './bootstrap';
export { openDataSource } from './database/open-data-source';
export { preparedQuery, type PreparedQuery } from './database/prepared-statements';
export { databaseUrl } from './database/ensure-database';
export { runtimeRoleName, runtimeUrl } from './database/runtime-role';
export { Outbox, type PendingEvent } from './outbox/outbox';
export {
  OutboxRelay,
  type OutboxSink,
  type OutboxRelayOptions,
  type RelayRole,
  type RelayStatus,
} from './outbox/outbox-relay';
export { createKafka, ensureTopics } from './kafka/kafka-connection';
export {
  eventsConfigShape,
  defaultTopicSettings,
  topicSettings,
  managedTopicConfigs,
  type TopicSettings,
} from './kafka/topic-settings';
export { KafkaOutboxSink } from './kafka/kafka-outbox-sink';
export {
  InboxConsumer,
  pauseConsumerGroup,
  deadLetterHeaders,
  BatchEventHandler,
  type EventHandler,
  type InboxConsumerOptions,
  type ConsumerStatus,
  type DeadLetterReason,
  type PartitionLag,
} from './consumer/inbox-consumer';
export { consumerGroups } from './consumer/consumer-groups';
export { redriveDeadLetters } from './consumer/redrive-dead-letters';
export { exponentialBackoff, type RetryPolicy } from './consumer/retry-policy';
export { CurrentCaller } from './identity/current-caller.decorator';
export { JsonLogger } from './logging/json-logger';
export { correlationId } from './logging/request-context';
export { DomainError, type DomainErrorKind } from './errors/domain-error';
export { CurrentAccess, Scoped, type Access } from './scope/scoped.decorator';
export { groupedLoader, perRequest } from './scope/per-request';
export { AppendOnly } from './database/append-only';
export { scopeCondition, type ScopeAttribute, type ScopeColumns } from './scope/scope-condition';
export { unscopedResolvers } from './scope/unscoped-resolvers';
export { subgraphGraphqlModule } from './graphql/subgraph-graphql.module';
export { printSubgraphSdl } from './graphql/print-subgraph-sdl';
export { PiiCipher, type PiiLocation } from './pii/pii-cipher';
export { rekeyPii, type PiiTable } from './pii/rekey-pii';
export { SERVICE_CONFIG, KAFKA, LOGGER } from './tokens';
