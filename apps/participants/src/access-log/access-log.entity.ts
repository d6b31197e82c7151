import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read of a person's record: who, in which role, when, which participant, which fields and why.
 * Append-only: the service's database role may insert and select, never update or delete, and a
 * trigger refuses changes from anyone else too. Holds ids only, so erasure keeps it.
 */
@AppendOnly()
@Entity({ name: 'access_log' })
export class AccessLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt!: Date;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  role!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text', { array: true })
  fields!: string[];

  @Column('text')
  purpose!: string;

  /** An admin's stated reason; such reads are flagged. */
  @Column('text', { name: 'admin_reason', nullable: true })
  adminReason!: string | null;

  @Column('boolean')
  flagged!: boolean;

  @Column('text', { name: 'correlation_id' })
  correlationId!: string;
}
