import type { Access } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventPosition, mergeReach, type ReachRow, type ReachUpdate } from './reach-merge';
import { participantNotInReach } from './reach.errors';
import { reachCondition } from './reach-rule';

interface StoredRow {
  participant_id: string;
  office_id: string | null;
  home_municipality_code: string | null;
  status: ReachRow['status'];
  last_sequence: number | null;
  last_event_at: Date;
}

const toRow = (row: StoredRow): ReachRow => ({
  participantId: row.participant_id,
  officeId: row.office_id,
  homeMunicipalityCode: row.home_municipality_code,
  status: row.status,
  position: { sequence: row.last_sequence, time: new Date(row.last_event_at) },
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The replica: written by the participant event handlers, read by a service's commands. */
@Injectable()
export class ParticipantReach {
  /**
   * The participant's replica row, locked against changes until the caller's transaction ends, if
   * the caller reaches them; `PARTICIPANT.NOT_IN_REACH` (retryable) otherwise: the same for a
   * foreign participant, a missing one and one not replicated yet.
   */
  async lockInReach(
    manager: EntityManager,
    access: Pick<Access, 'caller'>,
    participantId: string,
  ): Promise<ReachRow> {
    if (!uuid.test(participantId)) throw participantNotInReach();
    const params: unknown[] = [participantId];
    const inReach = reachCondition(access.caller, 'r', params);
    const [row] = (await manager.query(
      `SELECT r.participant_id, r.office_id, r.home_municipality_code, r.status, r.last_sequence,
         r.last_event_at
       FROM participant_reach r WHERE r.participant_id = $1 AND ${inReach} FOR SHARE`,
      params,
    )) as StoredRow[];
    if (!row) throw participantNotInReach();
    return toRow(row);
  }

  /**
   * Applies one participant event. A row seen missing is INSERTed without ON CONFLICT: should a
   * concurrent event create it first, this transaction fails and the kit retries the event.
   */
  async apply(
    manager: EntityManager,
    participantId: string,
    update: ReachUpdate,
    position: EventPosition,
  ): Promise<void> {
    const [stored] = (await manager.query(
      `SELECT participant_id, office_id, home_municipality_code, status, last_sequence, last_event_at
       FROM participant_reach WHERE participant_id = $1 FOR UPDATE`,
      [participantId],
    )) as StoredRow[];
    const next = mergeReach(stored && toRow(stored), participantId, update, position);
    const values = [
      participantId,
      next.officeId,
      next.homeMunicipalityCode,
      next.status,
      next.position.sequence,
      next.position.time,
    ];
    await manager.query(
      stored
        ? `UPDATE participant_reach SET office_id = $2, home_municipality_code = $3, status = $4,
             last_sequence = $5, last_event_at = $6, updated_at = now() WHERE participant_id = $1`
        : `INSERT INTO participant_reach (participant_id, office_id, home_municipality_code, status,
             last_sequence, last_event_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())`,
      values,
    );
  }

  /** A consent given; a withdrawal seen first wins, whatever the order of arrival. */
  async consentGiven(
    manager: EntityManager,
    consent: { consentId: string; participantId: string; municipalityCode: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO participant_reach_consent (consent_id, participant_id, municipality_code, withdrawn)
       VALUES ($1, $2, $3, false) ON CONFLICT (consent_id) DO NOTHING`,
      [consent.consentId, consent.participantId, consent.municipalityCode],
    );
  }

  /** A withdrawal is final. */
  async consentWithdrawn(
    manager: EntityManager,
    consent: { consentId: string; participantId: string; municipalityCode: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO participant_reach_consent (consent_id, participant_id, municipality_code, withdrawn)
       VALUES ($1, $2, $3, true) ON CONFLICT (consent_id) DO UPDATE SET withdrawn = true`,
      [consent.consentId, consent.participantId, consent.municipalityCode],
    );
  }
}
