import { randomUUID } from 'node:crypto';
import { reportCreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayCreateReport, reportScopeColumns } from './report-access';
import { creationNotAllowed } from './report.errors';
import { ReportEntity } from './report.entity';
import type { ReportModel } from './report.model';
import { type ReportInput, validateReport } from './report-rules';

interface ReportRow {
  id: string;
  name: string;
  office_id: string;
  created_at: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class ReportingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a report and its `report.created` event in one transaction. */
  async create(access: Access, input: ReportInput): Promise<ReportModel> {
    const valid = validateReport(input);
    if (!mayCreateReport(access.scope, valid.officeId)) throw creationNotAllowed();
    const report = Object.assign(new ReportEntity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: access.caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ReportEntity, report);
      await this.outbox.publish(manager, reportCreatedV1, {
        subject: report.id,
        data: {
          reportId: report.id,
          officeId: report.officeId,
          createdAt: report.createdAt.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return {
      id: report.id,
      name: report.name,
      officeId: report.officeId,
      createdAt: report.createdAt,
    };
  }

  /** The reports among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(ReportModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => uuidPattern.test(id))];
    const inScope = scopeCondition(access.scope, reportScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT id, name, office_id, created_at FROM report WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as ReportRow[];
    const byId = new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, officeId: row.office_id, createdAt: row.created_at },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
