import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The intervention catalogue: types (seeded), providers and offerings. */
export class CreateOffering1796101525057 implements MigrationInterface {
  name = 'CreateOffering1796101525057';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE intervention_type (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('PREPARATION', 'TRAINING', 'WORKPLACE', 'FOLLOW_UP')),
        default_duration_days integer NOT NULL CHECK (default_duration_days BETWEEN 1 AND 730),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      INSERT INTO intervention_type (code, name, category, default_duration_days) VALUES
        ('JOBBFORUM', 'Jobbforum', 'PREPARATION', 84),
        ('INTRODUKTIONSPRAKTIK', 'Introduktionspraktik', 'WORKPLACE', 28),
        ('KOMPETENSANALYS', 'Kompetensanalys', 'PREPARATION', 14),
        ('SKRADDARSYDD_UTBILDNING', 'Skräddarsydd utbildning', 'TRAINING', 90),
        ('APL', 'APL (arbetsplatsförlagt lärande)', 'WORKPLACE', 42),
        ('ARBETSMARKNADSUTBILDNING', 'Arbetsmarknadsutbildning', 'TRAINING', 120),
        ('YRKESVUX', 'Yrkesvux', 'TRAINING', 180),
        ('SFI', 'SFI (svenska för invandrare)', 'TRAINING', 180),
        ('PRAKTIK', 'Praktik', 'WORKPLACE', 90),
        ('STUDIEMOTIVERANDE_KURS', 'Studiemotiverande kurs', 'PREPARATION', 90),
        ('GRUPPTRAFF', 'Gruppträff', 'FOLLOW_UP', 1),
        ('FORELASNING', 'Föreläsning', 'PREPARATION', 1),
        ('COACHING', 'Coaching', 'FOLLOW_UP', 90)`);
    await queryRunner.query(`
      CREATE TABLE provider (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'SUPPLIER')),
        name text NOT NULL,
        organisation_number text,
        municipality_code text,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        CHECK (kind <> 'SUPPLIER' OR organisation_number IS NOT NULL),
        CHECK (kind <> 'MUNICIPALITY' OR municipality_code IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE offering (
        id uuid PRIMARY KEY,
        type_code text NOT NULL REFERENCES intervention_type (code),
        provider_id uuid NOT NULL REFERENCES provider (id),
        place_name text NOT NULL,
        municipality_code text NOT NULL,
        office_ids text[] NOT NULL,
        from_date date NOT NULL,
        to_date date NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        cost_per_participant numeric(12, 2) NOT NULL CHECK (cost_per_participant >= 0),
        occupation_codes text[] NOT NULL,
        competences text[] NOT NULL,
        language_code text NOT NULL,
        status text NOT NULL
          CHECK (status IN ('PLANNED', 'OPEN', 'FULL', 'RUNNING', 'FINISHED', 'CANCELLED')),
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL,
        CHECK (from_date <= to_date)
      )`);
    // The availability search: bookable offerings by date window and municipality.
    await queryRunner.query(
      `CREATE INDEX offering_bookable ON offering (municipality_code, from_date)
         WHERE status IN ('PLANNED', 'OPEN')`,
    );
    await queryRunner.query('CREATE INDEX offering_offices ON offering USING gin (office_ids)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE offering');
    await queryRunner.query('DROP TABLE provider');
    await queryRunner.query('DROP TABLE intervention_type');
  }
}
