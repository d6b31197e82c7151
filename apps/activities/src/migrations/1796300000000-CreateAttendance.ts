import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance: one row per session and enrolment; a correction updates it (version + 1). */
export class CreateAttendance1796300000000 implements MigrationInterface {
  name = 'CreateAttendance1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES session (id),
        enrolment_id uuid NOT NULL REFERENCES enrolment (id),
        status text NOT NULL CHECK (status IN ('PRESENT', 'ABSENT_VALID_REASON',
          'ABSENT_NO_VALID_REASON')),
        absence_reason text CHECK (absence_reason IN ('ILLNESS', 'CARE_OF_SICK_CHILD',
          'JOB_INTERVIEW', 'WORK', 'OTHER')),
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (session_id, enrolment_id),
        CHECK (status <> 'PRESENT' OR absence_reason IS NULL),
        CHECK (status <> 'ABSENT_VALID_REASON' OR absence_reason IS NOT NULL)
      )`);
    // Summaries per enrolment; the primary key serves Session.attendance.
    await queryRunner.query('CREATE INDEX attendance_enrolment ON attendance (enrolment_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE attendance');
  }
}
