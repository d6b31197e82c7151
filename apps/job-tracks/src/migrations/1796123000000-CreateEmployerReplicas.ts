import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replica of the employers service a track refers to: employers, their competence needs and
 * competence profiles, fed by its events. Ids, offices and statuses only; `subject_sequence` is
 * the last applied event's number for its subject (the employers outbox numbers them per subject).
 */
export class CreateEmployerReplicas1796123000000 implements MigrationInterface {
  name = 'CreateEmployerReplicas1796123000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_replica (
        employer_id uuid PRIMARY KEY,
        office_ids text[] NOT NULL,
        subject_sequence integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE competence_need_replica (
        need_id uuid PRIMARY KEY,
        employer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'BEING_MET', 'MET', 'WITHDRAWN')),
        subject_sequence integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE competence_profile_replica (
        profile_id uuid PRIMARY KEY,
        need_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'competence_profile_replica',
      'competence_need_replica',
      'employer_replica',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
