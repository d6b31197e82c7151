import { randomUUID } from 'node:crypto';
import { employerCreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayCreateEmployer, employerScopeColumns } from './employer-access';
import { creationNotAllowed } from './employer.errors';
import { EmployerEntity } from './employer.entity';
import type { EmployerModel } from './employer.model';
import { type EmployerInput, validateEmployer } from './employer-rules';

interface EmployerRow {
  id: string;
  name: string;
  office_id: string;
  created_at: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class EmployersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a employer and its `employer.created` event in one transaction. */
  async create(access: Access, input: EmployerInput): Promise<EmployerModel> {
    const valid = validateEmployer(input);
    if (!mayCreateEmployer(access.scope, valid.officeId)) throw creationNotAllowed();
    const employer = Object.assign(new EmployerEntity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: access.caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(EmployerEntity, employer);
      await this.outbox.publish(manager, employerCreatedV1, {
        subject: employer.id,
        data: {
          employerId: employer.id,
          officeId: employer.officeId,
          createdAt: employer.createdAt.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return {
      id: employer.id,
      name: employer.name,
      officeId: employer.officeId,
      createdAt: employer.createdAt,
    };
  }

  /** The employers among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(EmployerModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => uuidPattern.test(id))];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT id, name, office_id, created_at FROM employer WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as EmployerRow[];
    const byId = new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, officeId: row.office_id, createdAt: row.created_at },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
