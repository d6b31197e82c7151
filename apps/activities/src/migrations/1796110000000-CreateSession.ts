import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions: an offering's schedule (kind, time, room, leader, status). */
export class CreateSession1796110000000 implements MigrationInterface {
  name = 'CreateSession1796110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY,
        offering_id uuid NOT NULL REFERENCES offering (id),
        kind text NOT NULL CHECK (kind IN ('INDIVIDUAL_TASKS', 'GROUP_MEETING', 'LECTURE',
          'JOB_SEARCH', 'WORKPLACE', 'TRAINING', 'FOLLOW_UP_MEETING')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        room text,
        leader text,
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        cancellation_reason text CHECK (cancellation_reason IN ('LEADER_UNAVAILABLE',
          'ROOM_UNAVAILABLE', 'TOO_FEW_PARTICIPANTS', 'PUBLIC_HOLIDAY', 'REPLANNED', 'OTHER')),
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL,
        CHECK (ends_at > starts_at),
        CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
      )`);
    // An offering's schedule in a window, by start: Offering.sessions and the weekly view.
    await queryRunner.query(
      'CREATE INDEX session_offering_starts ON session (offering_id, starts_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE session');
  }
}
