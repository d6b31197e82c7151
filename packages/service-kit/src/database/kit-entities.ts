import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * The kit's tables as TypeORM sees them. They are created by the kit's migration; mapping them keeps
 * `typeorm migration:generate` in an app from proposing to drop them.
 */
@Entity({ name: 'outbox' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Column('uuid', { name: 'event_id', unique: true })
  eventId!: string;

  @Column('text')
  topic!: string;

  /** The aggregate id: the Kafka key. */
  @Column('text', { name: 'message_key' })
  messageKey!: string;

  /** The writer's W3C trace context (also in the envelope), so the relay need not parse payloads. */
  @Column('text', { nullable: true })
  traceparent!: string | null;

  /** The envelope exactly as it goes on the wire. */
  @Column('text')
  payload!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'outbox_subject_sequence' })
export class OutboxSubjectSequenceEntity {
  @PrimaryColumn('text')
  subject!: string;

  @Column('bigint', { name: 'last_sequence' })
  lastSequence!: string;
}

@Entity({ name: 'inbox' })
export class InboxEntryEntity {
  @PrimaryColumn('text', { name: 'consumer_group' })
  consumerGroup!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text')
  topic!: string;

  @Column('integer', { name: 'kafka_partition' })
  kafkaPartition!: number;

  @Column('bigint', { name: 'kafka_offset' })
  kafkaOffset!: string;

  @Index('inbox_processed_at')
  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}

export const kitEntities = [OutboxMessageEntity, OutboxSubjectSequenceEntity, InboxEntryEntity];
