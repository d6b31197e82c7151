import { randomUUID } from 'node:crypto';
import { {{entityCamel}}CreatedV1, type CallerIdentity } from '@jobbnatet/contracts';
import { Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { {{entityCamel}}Scope, inScope, mayCreate{{entityPascal}} } from './{{entityKebab}}-access';
import { {{entityPascal}}CreationNotAllowedError } from './{{entityKebab}}.errors';
import { {{entityPascal}}Entity } from './{{entityKebab}}.entity';
import type { {{entityPascal}}Model } from './{{entityKebab}}.model';
import { validate{{entityPascal}} } from './{{entityKebab}}-rules';
import type { Create{{entityPascal}}Input } from './create-{{entityKebab}}.input';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toModel(entity: {{entityPascal}}Entity): {{entityPascal}}Model {
  return {
    id: entity.id,
    name: entity.name,
    officeId: entity.officeId,
    createdAt: entity.createdAt,
  };
}

/** Use cases: one method, one transaction, its outbox events. Authorisation is checked here. */
@Injectable()
export class {{servicePascal}}Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a {{entityWords}} and its `{{eventType}}` event in one transaction. */
  async create(caller: CallerIdentity, input: Create{{entityPascal}}Input): Promise<{{entityPascal}}Model> {
    const valid = validate{{entityPascal}}(input);
    if (!mayCreate{{entityPascal}}(caller, valid.officeId)) throw new {{entityPascal}}CreationNotAllowedError();
    const {{entityCamel}} = Object.assign(new {{entityPascal}}Entity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert({{entityPascal}}Entity, {{entityCamel}});
      await this.outbox.publish(manager, {{entityCamel}}CreatedV1, {
        subject: {{entityCamel}}.id,
        data: {
          {{entityCamel}}Id: {{entityCamel}}.id,
          officeId: {{entityCamel}}.officeId,
          createdAt: {{entityCamel}}.createdAt.toISOString(),
          createdBy: caller.userId,
        },
      });
    });
    return toModel({{entityCamel}});
  }

  /** The {{entityWords}}s among `ids` the caller may see, in the order of `ids` (null for the rest). */
  async findVisible(
    caller: CallerIdentity,
    ids: readonly string[],
  ): Promise<({{entityPascal}}Model | null)[]> {
    const scope = {{entityCamel}}Scope(caller);
    const wellFormed = ids.filter((id) => uuidPattern.test(id));
    const rows =
      scope.kind === 'none' || wellFormed.length === 0
        ? []
        : await this.dataSource.getRepository({{entityPascal}}Entity).findBy({
            id: In(wellFormed),
            ...(scope.kind === 'office' ? { officeId: scope.officeId } : {}),
          });
    const visible = new Map(
      rows.filter((row) => inScope(scope, row.officeId)).map((row) => [row.id, toModel(row)]),
    );
    return ids.map((id) => visible.get(id) ?? null);
  }
}
