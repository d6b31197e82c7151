import {
  certificateRecordedV1,
  evaluationPublishedV1,
  participantHandedOverV1,
  trackParticipantResultRecordedV1,
} from '@jobbnatet/contracts';
import { DomainError } from '@jobbnatet/domain-core';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../core/input-rules';
import { TrackCoreService, type WorkingTrack } from '../core/track-core.service';
import { mayWriteTrack } from '../core/track-access';
import { invalidInput } from '../core/track.errors';
import {
  closingGaps,
  countResults,
  type EvaluationAnswers,
  handOverPhases,
  issuedOn,
  openAnswers,
  type ParticipantResult,
  type ResultCounts,
  validateAnswers,
  validateResult,
} from './closing-rules';
import {
  alreadyRecorded,
  closingIncomplete,
  evaluationIncomplete,
  evaluationNotApproved,
  evaluationNotFound,
  evaluationPublished,
  handOverNotAllowed,
  notAnApprovingParty,
  notInClosing,
  targetTrackNotFound,
} from './closing.errors';
import type {
  CertificateRecordModel,
  HandOverModel,
  ParticipantResultModel,
  TrackEvaluationModel,
} from './closing.model';

interface EvaluationRow {
  track_id: string;
  answers: EvaluationAnswers;
  draft_version: number;
  af_approved_by: string | null;
  af_approved_at: Date | null;
  municipal_approved_by: string | null;
  municipal_approved_at: Date | null;
  counts: ResultCounts | null;
  published_at: Date | null;
  published_by: string | null;
}

const resultColumns = `track_id AS "trackId", participant_id AS "participantId", outcome,
  employment_form AS "employmentForm", subsidy_kind AS "subsidyKind", reason_code AS "reasonCode",
  recorded_at AS "recordedAt", recorded_by AS "recordedBy"`;

/**
 * Closing a track: participants' results, certificates, hand-overs to the next track, and the
 * joint evaluation. One method, one transaction, its events; every command locks the track
 * through the core (scope and write rule) and works only in the CLOSING phase.
 */
@Injectable()
export class ClosingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
  ) {}

  /** Records (or corrects, until the evaluation is published) a participant's result. */
  async recordResult(
    access: Access,
    input: Parameters<typeof validateResult>[0] & { trackId: string },
  ): Promise<ParticipantResultModel> {
    const result = validateResult(input);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, input.trackId);
      await this.refuseIfPublished(manager, track.id);
      if (
        result.outcome === 'EMPLOYED' &&
        (await this.handedOver(manager, track.id, result.participantId))
      ) {
        throw handOverNotAllowed('the participant was handed over to another track');
      }
      const [row] = (await manager.query(
        `INSERT INTO participant_result AS r (track_id, participant_id, outcome, employment_form,
           subsidy_kind, reason_code, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
         ON CONFLICT (track_id, participant_id) DO UPDATE SET outcome = $3, employment_form = $4,
           subsidy_kind = $5, reason_code = $6, recorded_at = now(), recorded_by = $7
         RETURNING ${resultColumns}`,
        [
          track.id,
          result.participantId,
          result.outcome,
          result.employmentForm,
          result.subsidyKind,
          result.reasonCode,
          access.caller.userId,
        ],
      )) as ParticipantResultModel[];
      // The counts an approver saw have changed: the draft needs approving again.
      await this.newDraftVersion(manager, track.id);
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, trackParticipantResultRecordedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          participantId: result.participantId,
          outcome: result.outcome,
          employmentForm: result.employmentForm,
          subsidyKind: result.subsidyKind,
          reasonCode: result.reasonCode,
          recordedAt: row!.recordedAt.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return row!;
    });
  }

  /** Records that a participant got their grades and certificates; once per participant. */
  async recordCertificate(
    access: Access,
    input: { trackId: string; participantId: string; issuedOn: string },
  ): Promise<CertificateRecordModel> {
    const participantId = participant(input.participantId);
    const day = issuedOn(input.issuedOn);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, input.trackId);
      const [row] = (await manager.query(
        `INSERT INTO certificate_record (track_id, participant_id, issued_on, recorded_at, recorded_by)
         VALUES ($1, $2, $3, now(), $4) ON CONFLICT DO NOTHING
         RETURNING track_id AS "trackId", participant_id AS "participantId",
           to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", recorded_at AS "recordedAt",
           recorded_by AS "recordedBy"`,
        [track.id, participantId, day, access.caller.userId],
      )) as CertificateRecordModel[];
      if (!row) throw alreadyRecorded('a certificate');
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, certificateRecordedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          participantId,
          issuedOn: day,
          recordedAt: row.recordedAt.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return row;
    });
  }

  /**
   * Hands a participant not hired over to another track in PLANNING or RECRUITMENT. Whether it is
   * the same industry is the caller's judgement: the target need only be a track they may write.
   */
  async handOver(
    access: Access,
    input: { trackId: string; participantId: string; targetTrackId: string },
  ): Promise<HandOverModel> {
    const participantId = participant(input.participantId);
    if (!isUuid(input.targetTrackId)) throw targetTrackNotFound();
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, input.trackId);
      // A target the caller cannot read, or only read, gets one answer: not found.
      const target = await this.core
        .lockForCommand(manager, access, input.targetTrackId)
        .catch((error: unknown) => {
          if (error instanceof DomainError) return null;
          throw error;
        });
      if (!target || !mayWriteTrack(access.caller, target)) throw targetTrackNotFound();
      if (target.id === track.id) throw handOverNotAllowed('the target is this track');
      if (!(handOverPhases as readonly string[]).includes(target.phase)) {
        throw handOverNotAllowed('the target track is not in PLANNING or RECRUITMENT');
      }
      const [result] = (await manager.query(
        'SELECT outcome FROM participant_result WHERE track_id = $1 AND participant_id = $2',
        [track.id, participantId],
      )) as { outcome: string }[];
      if (!result) throw handOverNotAllowed('record the participant’s result first');
      if (result.outcome === 'EMPLOYED') throw handOverNotAllowed('the participant was hired');
      const [row] = (await manager.query(
        `INSERT INTO participant_hand_over (track_id, participant_id, target_track_id, handed_over_at, handed_over_by)
         VALUES ($1, $2, $3, now(), $4) ON CONFLICT DO NOTHING
         RETURNING track_id AS "trackId", participant_id AS "participantId",
           target_track_id AS "targetTrackId", handed_over_at AS "handedOverAt",
           handed_over_by AS "handedOverBy"`,
        [track.id, participantId, target.id, access.caller.userId],
      )) as HandOverModel[];
      if (!row) throw alreadyRecorded('a hand-over');
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, participantHandedOverV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          participantId,
          targetTrackId: target.id,
          handedOverAt: row.handedOverAt.toISOString(),
          handedOverBy: access.caller.userId,
        },
      });
      return row;
    });
  }

  /** Saves the whole evaluation draft; any change withdraws the approvals given so far. */
  async saveDraft(
    access: Access,
    input: Record<string, unknown> & { trackId: string },
  ): Promise<TrackEvaluationModel> {
    const answers = validateAnswers(input);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, input.trackId);
      await this.refuseIfPublished(manager, track.id);
      await manager.query(
        `INSERT INTO track_evaluation AS e (track_id, answers, draft_version, updated_at, updated_by)
         VALUES ($1, $2, 1, now(), $3)
         ON CONFLICT (track_id) DO UPDATE SET answers = $2, draft_version = e.draft_version + 1,
           updated_at = now(), updated_by = $3, af_approved_by = NULL, af_approved_at = NULL,
           municipal_approved_by = NULL, municipal_approved_at = NULL`,
        [track.id, JSON.stringify(answers), access.caller.userId],
      );
      await this.core.touch(manager, track);
      return this.evaluationIn(manager, track.id);
    });
  }

  /**
   * The caller approves the current, complete draft for their party: an officer of the track's
   * offices for AF, a case worker of its municipalities for the municipality. Admins are neither.
   */
  async approve(access: Access, trackId: string): Promise<TrackEvaluationModel> {
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, trackId);
      const evaluation = await this.draftOf(manager, track.id);
      const open = openAnswers(evaluation.answers);
      if (open.length > 0) throw evaluationIncomplete(open);
      const party =
        access.caller.role === 'officer'
          ? 'af'
          : access.caller.role === 'municipal_case_worker'
            ? 'municipal'
            : null;
      if (!party) throw notAnApprovingParty();
      await manager.query(
        `UPDATE track_evaluation SET ${party}_approved_by = $2, ${party}_approved_at = now()
         WHERE track_id = $1`,
        [track.id, access.caller.userId],
      );
      return this.evaluationIn(manager, track.id);
    });
  }

  /** Publishes the approved evaluation, freezing it and the counts computed from the results. */
  async publish(access: Access, trackId: string): Promise<TrackEvaluationModel> {
    return this.dataSource.transaction(async (manager) => {
      const track = await this.closingTrack(manager, access, trackId);
      const evaluation = await this.draftOf(manager, track.id);
      const open = openAnswers(evaluation.answers);
      if (open.length > 0) throw evaluationIncomplete(open);
      const missing = [
        ...(evaluation.af_approved_by ? [] : ['AF']),
        ...(evaluation.municipal_approved_by ? [] : ['MUNICIPALITY']),
      ];
      if (missing.length > 0) throw evaluationNotApproved(missing);
      const counts = countResults(await this.resultsIn(manager, track.id));
      const [row] = (await manager.query(
        `UPDATE track_evaluation SET counts = $2, published_at = now(), published_by = $3
         WHERE track_id = $1 RETURNING published_at`,
        [track.id, JSON.stringify(counts), access.caller.userId],
      )) as [{ published_at: Date }[], number];
      await this.core.touch(manager, track);
      const { answers } = evaluation;
      await this.outbox.publish(manager, evaluationPublishedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          ...counts,
          continuedNeed: answers.continuedNeed!,
          newStarts: answers.newStarts!,
          changeRecommended: answers.changeRecommended!,
          goodExample: answers.goodExample!,
          afApprovedBy: evaluation.af_approved_by!,
          municipalApprovedBy: evaluation.municipal_approved_by!,
          publishedAt: row[0]!.published_at.toISOString(),
          publishedBy: access.caller.userId,
        },
      });
      return this.evaluationIn(manager, track.id);
    });
  }

  /**
   * For the phases part, inside its CLOSING → CLOSED transaction: refuses with CLOSING.INCOMPLETE
   * while a participant (ids from the recruitment part) has no result or the evaluation is not
   * published.
   */
  async assertReadyToClose(
    manager: EntityManager,
    trackId: string,
    participantIds: readonly string[],
  ): Promise<void> {
    const results = await this.resultsIn(manager, trackId);
    const [published] = (await manager.query(
      'SELECT 1 FROM track_evaluation WHERE track_id = $1 AND published_at IS NOT NULL',
      [trackId],
    )) as unknown[];
    const gaps = closingGaps(
      participantIds,
      new Set(results.map((r) => r.participantId)),
      published !== undefined,
    );
    if (gaps.length > 0) throw closingIncomplete(gaps);
  }

  /** For the chain part's templates: whether the track's published evaluation calls it a good example. */
  async isPublishedGoodExample(manager: EntityManager, trackId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM track_evaluation WHERE track_id = $1 AND published_at IS NOT NULL
         AND answers->>'goodExample' = 'true'`,
      [trackId],
    )) as unknown[];
    return rows.length > 0;
  }

  /* Reads for tracks the caller already reached through the scope: one query per batch. */

  async resultsOf(trackIds: readonly string[]): Promise<ParticipantResultModel[]> {
    return (await this.dataSource.query(
      `SELECT ${resultColumns} FROM participant_result WHERE track_id = ANY($1::uuid[])
       ORDER BY track_id, recorded_at, participant_id`,
      [trackIds],
    )) as ParticipantResultModel[];
  }

  async certificatesOf(trackIds: readonly string[]): Promise<CertificateRecordModel[]> {
    return (await this.dataSource.query(
      `SELECT track_id AS "trackId", participant_id AS "participantId",
         to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", recorded_at AS "recordedAt",
         recorded_by AS "recordedBy"
       FROM certificate_record WHERE track_id = ANY($1::uuid[]) ORDER BY track_id, recorded_at`,
      [trackIds],
    )) as CertificateRecordModel[];
  }

  /** Hand-overs from (`column` track_id) or to (target_track_id) the given tracks. */
  async handOversOf(
    trackIds: readonly string[],
    column: 'track_id' | 'target_track_id',
  ): Promise<HandOverModel[]> {
    return (await this.dataSource.query(
      `SELECT track_id AS "trackId", participant_id AS "participantId",
         target_track_id AS "targetTrackId", handed_over_at AS "handedOverAt",
         handed_over_by AS "handedOverBy"
       FROM participant_hand_over WHERE ${column} = ANY($1::uuid[]) ORDER BY handed_over_at`,
      [trackIds],
    )) as HandOverModel[];
  }

  async evaluationsOf(trackIds: readonly string[]): Promise<TrackEvaluationModel[]> {
    return this.evaluations(this.dataSource.manager, trackIds);
  }

  private async evaluations(
    manager: EntityManager,
    trackIds: readonly string[],
  ): Promise<TrackEvaluationModel[]> {
    const rows = (await manager.query(
      'SELECT * FROM track_evaluation WHERE track_id = ANY($1::uuid[])',
      [trackIds],
    )) as EvaluationRow[];
    const drafts = rows.filter((row) => row.counts === null).map((row) => row.track_id);
    const results = drafts.length > 0 ? await this.resultsOfIn(manager, drafts) : [];
    return rows.map((row) => ({
      trackId: row.track_id,
      status: row.published_at ? 'PUBLISHED' : 'DRAFT',
      draftVersion: row.draft_version,
      // A draft shows the counts as they stand; a published evaluation the ones it was published with.
      counts: row.counts ?? countResults(results.filter((r) => r.trackId === row.track_id)),
      ...row.answers,
      afApproval:
        row.af_approved_by && row.af_approved_at
          ? { userId: row.af_approved_by, approvedAt: row.af_approved_at }
          : null,
      municipalApproval:
        row.municipal_approved_by && row.municipal_approved_at
          ? { userId: row.municipal_approved_by, approvedAt: row.municipal_approved_at }
          : null,
      publishedAt: row.published_at,
      publishedBy: row.published_by,
    }));
  }

  private async evaluationIn(
    manager: EntityManager,
    trackId: string,
  ): Promise<TrackEvaluationModel> {
    const [evaluation] = await this.evaluations(manager, [trackId]);
    return evaluation!;
  }

  /** The track, locked, writable by the caller, and in CLOSING. */
  private async closingTrack(
    manager: EntityManager,
    access: Access,
    trackId: string,
  ): Promise<WorkingTrack> {
    const track = await this.core.lockForChange(manager, access, trackId);
    if (track.phase !== 'CLOSING') throw notInClosing();
    return track;
  }

  private async draftOf(manager: EntityManager, trackId: string): Promise<EvaluationRow> {
    const [row] = (await manager.query('SELECT * FROM track_evaluation WHERE track_id = $1', [
      trackId,
    ])) as EvaluationRow[];
    if (!row) throw evaluationNotFound();
    if (row.published_at) throw evaluationPublished();
    return row;
  }

  private async refuseIfPublished(manager: EntityManager, trackId: string): Promise<void> {
    const rows = (await manager.query(
      'SELECT 1 FROM track_evaluation WHERE track_id = $1 AND published_at IS NOT NULL',
      [trackId],
    )) as unknown[];
    if (rows.length > 0) throw evaluationPublished();
  }

  private async newDraftVersion(manager: EntityManager, trackId: string): Promise<void> {
    await manager.query(
      `UPDATE track_evaluation SET draft_version = draft_version + 1, af_approved_by = NULL,
         af_approved_at = NULL, municipal_approved_by = NULL, municipal_approved_at = NULL
       WHERE track_id = $1`,
      [trackId],
    );
  }

  private async handedOver(manager: EntityManager, trackId: string, participantId: string) {
    const rows = (await manager.query(
      'SELECT 1 FROM participant_hand_over WHERE track_id = $1 AND participant_id = $2',
      [trackId, participantId],
    )) as unknown[];
    return rows.length > 0;
  }

  private async resultsIn(manager: EntityManager, trackId: string): Promise<ParticipantResult[]> {
    return this.resultsOfIn(manager, [trackId]);
  }

  private async resultsOfIn(
    manager: EntityManager,
    trackIds: readonly string[],
  ): Promise<ParticipantResultModel[]> {
    return (await manager.query(
      `SELECT ${resultColumns} FROM participant_result WHERE track_id = ANY($1::uuid[])`,
      [trackIds],
    )) as ParticipantResultModel[];
  }
}

function participant(value: unknown): string {
  if (!isUuid(value)) throw invalidInput('participantId', 'participantId must be an id');
  return value.toLowerCase();
}
