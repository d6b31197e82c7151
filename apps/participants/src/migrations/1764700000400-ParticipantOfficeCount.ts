import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `totalCount` of an office's list (`office_id = $1 AND status <> 'ERASED'`, or a status filter)
 * as an index-only scan: office and status are all the count reads, so it no longer visits the
 * table's heap (a sequential scan of every participant of every office before). With 100 000
 * participants in one office that is ~10–40 ms instead of ~90–180 ms on the bench machine; the
 * count still grows with the office (see docs/performance.md, participants-office).
 */
export class ParticipantOfficeCount1764700000400 implements MigrationInterface {
  name = 'ParticipantOfficeCount1764700000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX participant_office_status ON participant (office_id, status)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX participant_office_status');
  }
}
