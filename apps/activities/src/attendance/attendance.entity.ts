import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** One participant's attendance at one session (written with explicit SQL in AttendanceService). */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  @PrimaryColumn('uuid', { name: 'enrolment_id' })
  enrolmentId!: string;

  @Column('text')
  status!: string;

  @Column('text', { name: 'absence_reason', nullable: true })
  absenceReason!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy!: string;

  @VersionColumn()
  version!: number;
}
