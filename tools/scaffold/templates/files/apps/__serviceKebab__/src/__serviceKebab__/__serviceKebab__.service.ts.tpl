import { randomUUID } from 'node:crypto';
import { {{entityCamel}}CreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayCreate{{entityPascal}}, {{entityCamel}}ScopeColumns } from './{{entityKebab}}-access';
import { creationNotAllowed } from './{{entityKebab}}.errors';
import { {{entityPascal}}Entity } from './{{entityKebab}}.entity';
import type { {{entityPascal}}Model } from './{{entityKebab}}.model';
import { type {{entityPascal}}Input, validate{{entityPascal}} } from './{{entityKebab}}-rules';

interface {{entityPascal}}Row {
  id: string;
  name: string;
  office_id: string;
  created_at: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class {{servicePascal}}Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a {{entityWords}} and its `{{eventType}}` event in one transaction. */
  async create(access: Access, input: {{entityPascal}}Input): Promise<{{entityPascal}}Model> {
    const valid = validate{{entityPascal}}(input);
    if (!mayCreate{{entityPascal}}(access.scope, valid.officeId)) throw creationNotAllowed();
    const {{entityCamel}} = Object.assign(new {{entityPascal}}Entity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: access.caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert({{entityPascal}}Entity, {{entityCamel}});
      await this.outbox.publish(manager, {{entityCamel}}CreatedV1, {
        subject: {{entityCamel}}.id,
        data: {
          {{entityCamel}}Id: {{entityCamel}}.id,
          officeId: {{entityCamel}}.officeId,
          createdAt: {{entityCamel}}.createdAt.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return { id: {{entityCamel}}.id, name: {{entityCamel}}.name, officeId: {{entityCamel}}.officeId, createdAt: {{entityCamel}}.createdAt };
  }

  /** The {{entityWords}}s among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<({{entityPascal}}Model | null)[]> {
    const params: unknown[] = [ids.filter((id) => uuidPattern.test(id))];
    const inScope = scopeCondition(access.scope, {{entityCamel}}ScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT id, name, office_id, created_at FROM {{entitySnake}} WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as {{entityPascal}}Row[];
    const byId = new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, officeId: row.office_id, createdAt: row.created_at },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
