import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A track's phase history: who moved it from which phase to which, when. Never changed. */
@AppendOnly()
@Entity({ name: 'phase_change' })
export class PhaseChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'track_id' })
  trackId!: string;

  @Column('text', { name: 'to_phase' })
  toPhase!: string;
}
