import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Mapped only so the kit can mark the table append-only (the runtime role may insert and read,
 * never update or delete); reads and writes are explicit SQL like the read models'.
 */
/** Named once: the command, which opens the database without the kit module, marks it too. */
export const reportSnapshotTable = 'report_snapshot';

@AppendOnly()
@Entity(reportSnapshotTable)
export class ReportSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  scope!: string;

  @Column('text', { name: 'office_id', nullable: true })
  officeId!: string | null;

  @Column('text', { name: 'municipality_code', nullable: true })
  municipalityCode!: string | null;

  @Column('date', { name: 'period_from' })
  periodFrom!: string;

  @Column('date', { name: 'period_to' })
  periodTo!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text')
  csv!: string;

  @Column('text')
  json!: string;

  @Column('text', { name: 'csv_sha256' })
  csvSha256!: string;

  @Column('text', { name: 'json_sha256' })
  jsonSha256!: string;

  @Column('jsonb')
  offsets!: unknown;
}
