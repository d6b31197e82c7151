import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A participant's place on an offering; one active (PLANNED or ONGOING) per participant and offering. */
export class CreateEnrolment1796200000100 implements MigrationInterface {
  name = 'CreateEnrolment1796200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE enrolment (
        id uuid PRIMARY KEY,
        offering_id uuid NOT NULL REFERENCES offering (id),
        participant_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED', 'INTERRUPTED')),
        interruption_reason text CHECK (interruption_reason IN ('GOT_JOB', 'OTHER_INTERVENTION',
          'ILLNESS', 'MOVED', 'PARTICIPANT_DECISION', 'NO_SHOW', 'OFFERING_CANCELLED', 'OTHER')),
        planned_from date NOT NULL,
        planned_to date NOT NULL,
        started_on date,
        ended_on date,
        certificate_issued boolean NOT NULL DEFAULT false,
        cost_per_participant numeric(12, 2) NOT NULL CHECK (cost_per_participant >= 0),
        enrolling_office_id text,
        enrolling_municipality_code text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        CHECK ((status = 'INTERRUPTED') = (interruption_reason IS NOT NULL)),
        CHECK ((status IN ('COMPLETED', 'INTERRUPTED')) = (ended_on IS NOT NULL)),
        CHECK (status <> 'ONGOING' OR started_on IS NOT NULL),
        CHECK (status = 'COMPLETED' OR NOT certificate_issued),
        CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
        CHECK (enrolling_office_id IS NULL OR enrolling_municipality_code IS NULL)
      )`);
    // One active enrolment per participant and offering; also what seats are counted from.
    await queryRunner.query(
      `CREATE UNIQUE INDEX enrolment_one_active ON enrolment (offering_id, participant_id)
         WHERE status IN ('PLANNED', 'ONGOING')`,
    );
    await queryRunner.query('CREATE INDEX enrolment_offering ON enrolment (offering_id)');
    await queryRunner.query('CREATE INDEX enrolment_participant ON enrolment (participant_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE enrolment');
  }
}
