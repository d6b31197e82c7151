import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The planned chain of interventions, method templates (the Jobbnätet method built in), the
 * per-participant adaptations, the follow-up schedule with its records and adjustments, and the
 * replica of the activities catalogue (offerings and intervention types) the chain refers to.
 */
export class CreateChain1796121000000 implements MigrationInterface {
  name = 'CreateChain1796121000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The replica: the 13 intervention types apps/activities seeds, and what its events add.
    await queryRunner.query(`
      CREATE TABLE intervention_type_replica (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        category text NOT NULL CHECK (category IN ('PREPARATION', 'TRAINING', 'WORKPLACE', 'FOLLOW_UP')),
        default_duration_days integer NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO intervention_type_replica (code, category, default_duration_days) VALUES
        ('JOBBFORUM', 'PREPARATION', 84),
        ('INTRODUKTIONSPRAKTIK', 'WORKPLACE', 28),
        ('KOMPETENSANALYS', 'PREPARATION', 14),
        ('SKRADDARSYDD_UTBILDNING', 'TRAINING', 90),
        ('APL', 'WORKPLACE', 42),
        ('ARBETSMARKNADSUTBILDNING', 'TRAINING', 120),
        ('YRKESVUX', 'TRAINING', 180),
        ('SFI', 'TRAINING', 180),
        ('PRAKTIK', 'WORKPLACE', 90),
        ('STUDIEMOTIVERANDE_KURS', 'PREPARATION', 90),
        ('GRUPPTRAFF', 'FOLLOW_UP', 1),
        ('FORELASNING', 'PREPARATION', 1),
        ('COACHING', 'FOLLOW_UP', 90)`);
    await queryRunner.query(`
      CREATE TABLE offering_replica (
        offering_id uuid PRIMARY KEY,
        type_code text NOT NULL,
        provider_id uuid NOT NULL,
        from_date date NOT NULL,
        to_date date NOT NULL,
        status text NOT NULL,
        status_version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // A step is an intervention type, or a concrete offering (its type copied from the replica);
    // its dates are days, or weeks counted from the start of the track's implementation phase.
    await queryRunner.query(`
      CREATE TABLE chain_step (
        id uuid PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        position integer NOT NULL CHECK (position >= 1),
        intervention_type_code text NOT NULL REFERENCES intervention_type_replica (code),
        offering_id uuid REFERENCES offering_replica (offering_id),
        responsible text NOT NULL CHECK (responsible IN ('AF', 'MUNICIPALITY', 'PROVIDER', 'EMPLOYER')),
        parallel_with_previous boolean NOT NULL,
        planned_start date,
        planned_end date,
        start_week integer,
        end_week integer,
        letter_of_intent_id uuid,
        CHECK ((planned_start IS NOT NULL AND planned_end IS NOT NULL AND start_week IS NULL
                AND end_week IS NULL AND planned_start <= planned_end)
            OR (planned_start IS NULL AND planned_end IS NULL AND start_week IS NOT NULL
                AND end_week IS NOT NULL AND start_week <= end_week)),
        UNIQUE (track_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await queryRunner.query(`
      CREATE TABLE method_template (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name text NOT NULL,
        built_in boolean NOT NULL,
        follow_up_every_days integer CHECK (follow_up_every_days BETWEEN 1 AND 365),
        after_employment_months integer[] NOT NULL,
        source_track_id uuid REFERENCES job_track (id),
        created_at timestamptz NOT NULL,
        created_by uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE method_template_step (
        template_code text NOT NULL REFERENCES method_template (code),
        position integer NOT NULL CHECK (position >= 1),
        intervention_type_code text NOT NULL REFERENCES intervention_type_replica (code),
        responsible text NOT NULL CHECK (responsible IN ('AF', 'MUNICIPALITY', 'PROVIDER', 'EMPLOYER')),
        parallel_with_previous boolean NOT NULL,
        start_week integer NOT NULL,
        end_week integer NOT NULL CHECK (start_week <= end_week),
        PRIMARY KEY (template_code, position)
      )`);
    // The Jobbnätet method: Jobbforum, then preparatory employment (introduktionspraktik with a
    // kompetensanalys beside it, then skräddarsydd utbildning), with in-depth follow-up of seeker
    // and employer during and after the employment; meetings every two weeks during implementation
    // and 3, 6 and 12 months after the employment starts.
    await queryRunner.query(`
      INSERT INTO method_template (code, name, built_in, follow_up_every_days,
        after_employment_months, created_at)
      VALUES ('JOBBNATET_METHOD', 'Jobbnätets metod', true, 14, '{3,6,12}', now())`);
    await queryRunner.query(`
      INSERT INTO method_template_step (template_code, position, intervention_type_code,
        responsible, parallel_with_previous, start_week, end_week) VALUES
        ('JOBBNATET_METHOD', 1, 'JOBBFORUM', 'AF', false, 0, 3),
        ('JOBBNATET_METHOD', 2, 'INTRODUKTIONSPRAKTIK', 'EMPLOYER', false, 4, 7),
        ('JOBBNATET_METHOD', 3, 'KOMPETENSANALYS', 'PROVIDER', true, 4, 5),
        ('JOBBNATET_METHOD', 4, 'SKRADDARSYDD_UTBILDNING', 'PROVIDER', false, 8, 20),
        ('JOBBNATET_METHOD', 5, 'COACHING', 'MUNICIPALITY', true, 4, 25)`);
    // Keyed by (track, participant) without a foreign key: the track_participant table comes with
    // the recruitment part. The reason concerns a person, so it is stored encrypted.
    await queryRunner.query(`
      CREATE TABLE chain_adaptation (
        id uuid PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ADD', 'REMOVE', 'SHORTEN')),
        step_id uuid REFERENCES chain_step (id),
        intervention_type_code text REFERENCES intervention_type_replica (code),
        offering_id uuid REFERENCES offering_replica (offering_id),
        responsible text,
        planned_start date,
        planned_end date,
        reason_encrypted text NOT NULL,
        made_at timestamptz NOT NULL,
        made_by uuid NOT NULL,
        CHECK ((kind = 'ADD') = (step_id IS NULL)),
        CHECK (kind <> 'ADD' OR (intervention_type_code IS NOT NULL AND planned_start IS NOT NULL
          AND planned_end IS NOT NULL AND responsible IS NOT NULL)),
        CHECK (kind <> 'SHORTEN' OR planned_end IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX chain_adaptation_participant ON chain_adaptation (track_id, participant_id, made_at)',
    );
    await queryRunner.query(`
      CREATE TABLE follow_up_schedule (
        track_id uuid PRIMARY KEY REFERENCES job_track (id),
        every_days integer NOT NULL CHECK (every_days BETWEEN 1 AND 365),
        from_date date NOT NULL,
        until_date date NOT NULL,
        employment_start date,
        after_employment_months integer[] NOT NULL,
        template_code text REFERENCES method_template (code),
        set_at timestamptz NOT NULL,
        set_by uuid NOT NULL,
        CHECK (from_date <= until_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        due_date date,
        held_on date NOT NULL,
        quality text NOT NULL,
        transitions text NOT NULL,
        quality_comment text,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        UNIQUE (track_id, due_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE follow_up_participant (
        follow_up_id uuid NOT NULL REFERENCES follow_up (id),
        participant_id uuid NOT NULL,
        progression text NOT NULL,
        support_needs text[] NOT NULL,
        note_encrypted text,
        PRIMARY KEY (follow_up_id, participant_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE follow_up_employer (
        follow_up_id uuid NOT NULL REFERENCES follow_up (id),
        employer_id uuid NOT NULL,
        experience text NOT NULL,
        support_needs text[] NOT NULL,
        comment text,
        PRIMARY KEY (follow_up_id, employer_id)
      )`);
    // An adjustment's reason may concern a participant's support: stored encrypted too.
    await queryRunner.query(`
      CREATE TABLE adjustment (
        id uuid PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        follow_up_id uuid REFERENCES follow_up (id),
        area text NOT NULL CHECK (area IN ('SUPPORT', 'INTERVENTIONS', 'TIMELINE')),
        step_id uuid REFERENCES chain_step (id),
        reason_encrypted text NOT NULL,
        made_at timestamptz NOT NULL,
        made_by uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX adjustment_track ON adjustment (track_id, made_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'adjustment',
      'follow_up_employer',
      'follow_up_participant',
      'follow_up',
      'follow_up_schedule',
      'chain_adaptation',
      'method_template_step',
      'method_template',
      'chain_step',
      'offering_replica',
      'intervention_type_replica',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
