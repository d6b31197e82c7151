import { randomUUID } from 'node:crypto';
import { trackCreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayCreateTrack, trackScopeColumns } from './track-access';
import { creationNotAllowed } from './track.errors';
import { TrackEntity } from './track.entity';
import type { TrackModel } from './track.model';
import { type TrackInput, validateTrack } from './track-rules';

interface TrackRow {
  id: string;
  name: string;
  office_id: string;
  created_at: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class JobTracksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a track and its `track.created` event in one transaction. */
  async create(access: Access, input: TrackInput): Promise<TrackModel> {
    const valid = validateTrack(input);
    if (!mayCreateTrack(access.scope, valid.officeId)) throw creationNotAllowed();
    const track = Object.assign(new TrackEntity(), {
      id: randomUUID(),
      name: valid.name,
      officeId: valid.officeId,
      createdAt: new Date(),
      createdBy: access.caller.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(TrackEntity, track);
      await this.outbox.publish(manager, trackCreatedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          officeId: track.officeId,
          createdAt: track.createdAt.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return { id: track.id, name: track.name, officeId: track.officeId, createdAt: track.createdAt };
  }

  /** The tracks among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(TrackModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => uuidPattern.test(id))];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT id, name, office_id, created_at FROM track WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as TrackRow[];
    const byId = new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, officeId: row.office_id, createdAt: row.created_at },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
