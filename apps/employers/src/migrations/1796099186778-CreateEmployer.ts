import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employers with their workplaces and contact persons. The organisation number is encrypted with a
 * blind index (a sole trader's is a personnummer); contact persons' details are encrypted.
 */
export class CreateEmployer1796099186778 implements MigrationInterface {
  name = 'CreateEmployer1796099186778';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY,
        organisation_number_encrypted text NOT NULL,
        organisation_number_index text NOT NULL UNIQUE,
        sole_trader boolean NOT NULL,
        name text NOT NULL,
        sni_code char(5) NOT NULL,
        size_band text NOT NULL
          CHECK (size_band IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
        office_ids text[] NOT NULL CHECK (cardinality(office_ids) > 0),
        registered_at timestamptz NOT NULL,
        registered_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // An officer reaches the employers their office works with.
    await queryRunner.query('CREATE INDEX employer_offices ON employer USING gin (office_ids)');
    await queryRunner.query('CREATE INDEX employer_name ON employer (lower(name), id)');
    await queryRunner.query(`
      CREATE TABLE employer_workplace (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        name text NOT NULL,
        municipality_code char(4) NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX employer_workplace_employer ON employer_workplace (employer_id)',
    );
    await queryRunner.query(`
      CREATE TABLE employer_contact_person (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        role text NOT NULL,
        details_encrypted text NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX employer_contact_person_employer ON employer_contact_person (employer_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE employer_contact_person');
    await queryRunner.query('DROP TABLE employer_workplace');
    await queryRunner.query('DROP TABLE employer');
  }
}
