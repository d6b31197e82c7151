import { randomUUID } from 'node:crypto';
import { offeringCreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayCreateOffering, offeringScopeColumns } from './offering-access';
import { creationNotAllowed } from './offering.errors';
import { OfferingEntity } from './offering.entity';
import type { OfferingModel } from './offering.model';
import { type OfferingInput, validateOffering } from './offering-rules';

interface OfferingRow {
  id: string;
  name: string;
  office_id: string;
  created_at: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a offering and its `offering.created` event in one transaction. */
  async create(access: Access, input: OfferingInput): Promise<OfferingModel> {
    const valid = validateOffering(input);
    if (!mayCreateOffering(access.scope, valid.officeId)) throw creationNotAllowed();
    const offering = Object.assign(new OfferingEntity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: access.caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(OfferingEntity, offering);
      await this.outbox.publish(manager, offeringCreatedV1, {
        subject: offering.id,
        data: {
          offeringId: offering.id,
          officeId: offering.officeId,
          createdAt: offering.createdAt.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return {
      id: offering.id,
      name: offering.name,
      officeId: offering.officeId,
      createdAt: offering.createdAt,
    };
  }

  /** The offerings among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(OfferingModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => uuidPattern.test(id))];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT id, name, office_id, created_at FROM offering WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as OfferingRow[];
    const byId = new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, officeId: row.office_id, createdAt: row.created_at },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
