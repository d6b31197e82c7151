import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A track's checklist item (written with explicit SQL in ChecklistsService; mapped for the kit). */
@Entity({ name: 'checklist_item' })
export class ChecklistItemEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('text', { name: 'item_code' })
  itemCode!: string;

  @Column('text')
  state!: string;
}

/** A waiver and its written reason, kept: the service's role may insert, never change or delete. */
@AppendOnly()
@Entity({ name: 'checklist_waiver' })
export class ChecklistWaiverEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('text', { name: 'item_code' })
  itemCode!: string;

  @Column('text')
  reason!: string;
}
