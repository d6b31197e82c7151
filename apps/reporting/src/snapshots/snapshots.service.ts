import { randomUUID } from 'node:crypto';
import { reportPublishedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { analystsOnly } from '../reporting-errors';
import { appliedOffsets } from './applied-offsets';
import type { AppliedOffset, Report } from './report';
import { reportCsv, reportJson, sha256 } from './report-files';
import type { ReportSection } from './report-sections';
import { checkSnapshotId, reportRequest, snapshotConditions } from './snapshot-input';
import {
  ReportScopeKind,
  type PublishReportInput,
  type ReportSnapshotModel,
  type ReportSnapshotsFilterInput,
} from './snapshots.model';

/** The report's sections, in order (`reportSections`). */
export const REPORT_SECTIONS = Symbol('REPORT_SECTIONS');

interface SnapshotRow {
  id: string;
  scope: ReportScopeKind;
  office_id: string | null;
  municipality_code: string | null;
  period_from: string;
  period_to: string;
  created_by: string;
  created_at: Date;
  csv: string;
  json: string;
  csv_sha256: string;
  json_sha256: string;
  offsets: AppliedOffset[];
}

const columns = `id, scope, office_id, municipality_code, to_char(period_from, 'YYYY-MM-DD') AS period_from,
  to_char(period_to, 'YYYY-MM-DD') AS period_to, created_by, created_at, csv, json, csv_sha256,
  json_sha256, offsets`;

/** Listing returns at most this many, newest first. */
export const snapshotListLimit = 100;

@Injectable()
export class SnapshotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(REPORT_SECTIONS) private readonly sections: readonly ReportSection[],
  ) {}

  /**
   * Publishes a frozen report: the offsets and every section's figures are read in one REPEATABLE
   * READ transaction (one database snapshot, so the figures are exactly those of the events up to
   * the offsets), and the snapshot row and its `report.published` event commit in it too.
   */
  async publish(access: Access, input: PublishReportInput): Promise<ReportSnapshotModel> {
    if (access.scope.kind !== 'all') throw analystsOnly();
    const { scope, period } = reportRequest(input);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // First statement: fixes the transaction's snapshot that every later read sees.
      const offsets = await appliedOffsets(manager);
      const sections = [];
      for (const section of this.sections)
        sections.push({
          key: section.key,
          title: section.title,
          figures: await section.figures({ access, scope, period, manager }),
        });
      const [{ now }] = (await manager.query(
        `SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`,
      )) as [{ now: string }];
      const report: Report = {
        snapshotId: randomUUID(),
        scope,
        period,
        publishedAt: now,
        sections,
        offsets,
      };
      const csv = reportCsv(report);
      const json = reportJson(report);
      const row = {
        id: report.snapshotId,
        scope: scope.kind as ReportScopeKind,
        office_id: scope.kind === 'OFFICE' ? scope.officeId : null,
        municipality_code: scope.kind === 'MUNICIPALITY' ? scope.municipalityCode : null,
        period_from: period.from,
        period_to: period.to,
        created_by: access.caller.userId,
        created_at: new Date(now),
        csv,
        json,
        csv_sha256: sha256(csv),
        json_sha256: sha256(json),
        offsets,
      };
      await manager.query(
        `INSERT INTO report_snapshot (id, scope, office_id, municipality_code, period_from,
           period_to, created_by, created_at, csv, json, csv_sha256, json_sha256, offsets)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          row.id,
          row.scope,
          row.office_id,
          row.municipality_code,
          row.period_from,
          row.period_to,
          row.created_by,
          now,
          csv,
          json,
          row.csv_sha256,
          row.json_sha256,
          JSON.stringify(offsets),
        ],
      );
      await this.outbox.publish(manager, reportPublishedV1, {
        subject: row.id,
        data: {
          snapshotId: row.id,
          scope: row.scope,
          officeId: row.office_id,
          municipalityCode: row.municipality_code,
          from: period.from,
          to: period.to,
          csvSha256: row.csv_sha256,
          jsonSha256: row.json_sha256,
          publishedAt: now,
          publishedBy: row.created_by,
        },
      });
      return toModel(row);
    });
  }

  async snapshot(access: Access, id: string): Promise<ReportSnapshotModel | null> {
    if (access.scope.kind !== 'all') throw analystsOnly();
    checkSnapshotId(id);
    const [row] = (await this.dataSource.query(
      `SELECT ${columns} FROM report_snapshot WHERE id = $1`,
      [id],
    )) as SnapshotRow[];
    return row ? toModel(row) : null;
  }

  async snapshots(
    access: Access,
    filter: ReportSnapshotsFilterInput,
  ): Promise<ReportSnapshotModel[]> {
    if (access.scope.kind !== 'all') throw analystsOnly();
    const params: unknown[] = [];
    const conditions = snapshotConditions(filter, params);
    const rows = (await this.dataSource.query(
      `SELECT ${columns} FROM report_snapshot s
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY created_at DESC, id LIMIT ${snapshotListLimit}`,
      params,
    )) as SnapshotRow[];
    return rows.map(toModel);
  }
}

function toModel(row: SnapshotRow): ReportSnapshotModel {
  return {
    id: row.id,
    scope: row.scope,
    officeId: row.office_id,
    municipalityCode: row.municipality_code,
    from: row.period_from,
    to: row.period_to,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    csv: row.csv,
    json: row.json,
    csvSha256: row.csv_sha256,
    jsonSha256: row.json_sha256,
    offsets: row.offsets,
  };
}
