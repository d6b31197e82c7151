import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What other parts may ask recruitment about a track's participants, without reading its tables. */
@Injectable()
export class AdmittedParticipants {
  /** The ids of the participants admitted to the track (its `track_participant` rows). */
  async of(manager: EntityManager, trackId: string): Promise<string[]> {
    const rows = (await manager.query(
      'SELECT participant_id FROM track_participant WHERE track_id = $1 ORDER BY admitted_on, participant_id',
      [trackId],
    )) as { participant_id: string }[];
    return rows.map((row) => row.participant_id);
  }
}
