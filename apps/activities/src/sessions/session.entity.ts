import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** One session of an offering's schedule; the migration CreateSession owns the table. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'offering_id' })
  offeringId!: string;

  @Column('text')
  kind!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Column('text', { nullable: true })
  room!: string | null;

  @Column('text', { nullable: true })
  leader!: string | null;

  @Column('text')
  status!: string;

  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @VersionColumn()
  version!: number;
}
