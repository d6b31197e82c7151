import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The enrolment table (written with explicit SQL in EnrolmentsService; mapped for the kit). */
@Entity({ name: 'enrolment' })
export class EnrolmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'offering_id' })
  offeringId!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  status!: string;

  @Column('text', { name: 'interruption_reason', nullable: true })
  interruptionReason!: string | null;

  @Column('date', { name: 'planned_from' })
  plannedFrom!: string;

  @Column('date', { name: 'planned_to' })
  plannedTo!: string;

  @Column('date', { name: 'started_on', nullable: true })
  startedOn!: string | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('boolean', { name: 'certificate_issued' })
  certificateIssued!: boolean;

  @Column('numeric', { name: 'cost_per_participant', precision: 12, scale: 2 })
  costPerParticipant!: string;

  @Column('text', { name: 'enrolling_office_id', nullable: true })
  enrollingOfficeId!: string | null;

  @Column('text', { name: 'enrolling_municipality_code', nullable: true })
  enrollingMunicipalityCode!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @VersionColumn()
  version!: number;
}
