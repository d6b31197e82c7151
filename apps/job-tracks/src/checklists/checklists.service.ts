import { checklistItemUpdatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { text } from '../core/input-rules';
import { isPhaseAhead, type WorkingPhase } from '../core/phase-rules';
import { TrackCoreService } from '../core/track-core.service';
import { checklistPhasePassed, invalidInput, itemAlreadyWaived } from '../core/track.errors';
import { checklistCatalogue, checklistDefinition } from './checklist-catalogue';
import type { ChecklistItemModel } from './checklist.model';
import {
  type ChecklistStanding,
  type ChecklistState,
  isChecklistState,
  isComplete,
} from './checklist-rules';

interface ItemRow {
  track_id: string;
  item_code: string;
  phase: WorkingPhase;
  state: ChecklistState;
  updated_at: Date | null;
  updated_by: string | null;
  reason: string | null;
  waived_at: Date | null;
  waived_by: string | null;
}

function toModel(row: ItemRow): ChecklistItemModel {
  const definition = checklistDefinition(row.item_code);
  const waiver =
    row.reason && row.waived_at && row.waived_by
      ? { reason: row.reason, waivedAt: row.waived_at, waivedBy: row.waived_by }
      : null;
  return {
    trackId: row.track_id,
    code: row.item_code,
    phase: row.phase,
    labelSv: definition?.sv ?? row.item_code,
    labelEn: definition?.en ?? row.item_code,
    state: row.state,
    complete: isComplete({
      code: row.item_code,
      phase: row.phase,
      state: row.state,
      waived: waiver !== null,
    }),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    waiver,
  };
}

const itemSelect = `SELECT i.track_id, i.item_code, i.phase, i.state, i.updated_at, i.updated_by,
    w.reason, w.waived_at, w.waived_by
  FROM checklist_item i LEFT JOIN checklist_waiver w USING (track_id, item_code)`;

/** A checklist command's item code: one of the catalogue's. */
function knownItem(code: unknown): { code: string; phase: WorkingPhase } {
  const definition = typeof code === 'string' ? checklistDefinition(code) : undefined;
  if (!definition) throw invalidInput('itemCode', 'itemCode is not a checklist item');
  return definition;
}

/** Checklist use cases: one method, one transaction, `checklist.item-updated`. */
@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
  ) {}

  /** A new track's checklists for all four phases, every item NOT_DONE. */
  async seed(manager: EntityManager, trackId: string): Promise<void> {
    await manager.query(
      `INSERT INTO checklist_item (track_id, item_code, phase, position, state)
       SELECT $1, code, phase, position, 'NOT_DONE'
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(code, phase, position)`,
      [trackId, checklistCatalogue.map((d) => d.code), checklistCatalogue.map((d) => d.phase)],
    );
  }

  /** Records an item's state, who and when; only for the current phase or one still ahead. */
  async update(
    access: Access,
    input: { trackId: string; itemCode: string; state: string },
  ): Promise<ChecklistItemModel> {
    const item = knownItem(input.itemCode);
    if (!isChecklistState(input.state)) {
      throw invalidInput('state', 'state must be DONE, NOT_DONE or NOT_APPLICABLE');
    }
    const state = input.state;
    return this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      if (!isPhaseAhead(item.phase, track.phase)) throw checklistPhasePassed();
      const [rows] = (await manager.query(
        `UPDATE checklist_item SET state = $3, updated_at = now(), updated_by = $4
         WHERE track_id = $1 AND item_code = $2 RETURNING updated_at`,
        [track.id, item.code, state, access.caller.userId],
      )) as [{ updated_at: Date }[], number];
      await this.core.touch(manager, track);
      const waived = await this.isWaived(manager, track.id, item.code);
      await this.outbox.publish(manager, checklistItemUpdatedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          phase: item.phase,
          itemCode: item.code,
          state,
          waived,
          updatedAt: rows[0]!.updated_at.toISOString(),
          updatedBy: access.caller.userId,
        },
      });
      return this.item(manager, track.id, item.code);
    });
  }

  /** Waives an item with a written reason, which is kept; an item is waived once. */
  async waive(
    access: Access,
    input: { trackId: string; itemCode: string; reason: string },
  ): Promise<ChecklistItemModel> {
    const item = knownItem(input.itemCode);
    const reason = text(invalidInput, 'reason', input.reason, 2000);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      if (!isPhaseAhead(item.phase, track.phase)) throw checklistPhasePassed();
      const inserted = (await manager.query(
        `INSERT INTO checklist_waiver (track_id, item_code, reason, waived_at, waived_by)
         VALUES ($1, $2, $3, now(), $4) ON CONFLICT DO NOTHING RETURNING waived_at`,
        [track.id, item.code, reason, access.caller.userId],
      )) as { waived_at: Date }[];
      if (inserted.length === 0) throw itemAlreadyWaived();
      await this.core.touch(manager, track);
      const current = await this.item(manager, track.id, item.code);
      await this.outbox.publish(manager, checklistItemUpdatedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          phase: item.phase,
          itemCode: item.code,
          state: current.state,
          waived: true,
          updatedAt: inserted[0]!.waived_at.toISOString(),
          updatedBy: access.caller.userId,
        },
      });
      return current;
    });
  }

  /** How a track's items stand, for the phase guard, read in the command's transaction. */
  async standings(manager: EntityManager, trackId: string): Promise<ChecklistStanding[]> {
    const rows = (await manager.query(
      `SELECT i.item_code AS code, i.phase, i.state, w.track_id IS NOT NULL AS waived
       FROM checklist_item i LEFT JOIN checklist_waiver w USING (track_id, item_code)
       WHERE i.track_id = $1 ORDER BY i.position`,
      [trackId],
    )) as ChecklistStanding[];
    return rows;
  }

  /** The items of the given (already visible) tracks, in checklist order. */
  async itemsOf(trackIds: readonly string[]): Promise<ChecklistItemModel[]> {
    const rows = (await this.dataSource.query(
      `${itemSelect} WHERE i.track_id = ANY($1::uuid[]) ORDER BY i.track_id, i.position`,
      [trackIds],
    )) as ItemRow[];
    return rows.map(toModel);
  }

  private async item(
    manager: EntityManager,
    trackId: string,
    code: string,
  ): Promise<ChecklistItemModel> {
    const [row] = (await manager.query(`${itemSelect} WHERE i.track_id = $1 AND i.item_code = $2`, [
      trackId,
      code,
    ])) as ItemRow[];
    return toModel(row!);
  }

  private async isWaived(manager: EntityManager, trackId: string, code: string): Promise<boolean> {
    const rows = (await manager.query(
      'SELECT 1 FROM checklist_waiver WHERE track_id = $1 AND item_code = $2',
      [trackId, code],
    )) as unknown[];
    return rows.length > 0;
  }
}
