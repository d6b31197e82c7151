import { randomUUID } from 'node:crypto';
import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  candidateInvitationDeclinedV1,
  candidateNotAdmittedV1,
  participantAdmittedV1,
} from '@jobbnatet/contracts';
import { ParticipantReach } from '@jobbnatet/participant-reach';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobTrackModel } from '../core/job-track.model';
import { mayWriteTrack, trackScopeColumns } from '../core/track-access';
import { type LockedTrack, TrackCoreService } from '../core/track-core.service';
import { writeNotAllowed } from '../core/track.errors';
import {
  day,
  id,
  invitation as validInvitation,
  reason as validReason,
} from './recruitment-inputs';
import {
  alreadyDecided,
  alreadyIdentified,
  candidateNotFound,
  invalidRecruitmentInput,
  noOpenInvitation,
  notTheTracksEmployer,
  participantNotActive,
  selectionNotAllowed,
  stepMissing,
  stepPassed,
  wrongPhase,
} from './recruitment.errors';
import type {
  AdmitCandidateInput,
  AssessCandidateInput,
  CandidateCountModel,
  CandidateModel,
  DeclineInvitationInput,
  IdentifyCandidateInput,
  NotAdmitCandidateInput,
  RecordEmployerMeetingInput,
  TrackParticipantModel,
} from './recruitment.model';
import {
  type CandidateStatus,
  type CandidateStep,
  candidatePhases,
  candidateView,
  checkMove,
  type Invitation,
  mayDecideNotAdmitted,
  maySelect,
  type NotAdmittedReason,
  openInvitation,
} from './recruitment-rules';

interface CandidateRow {
  id: string;
  track_id: string;
  participant_id: string;
  status: CandidateStatus;
  assessment_id: string | null;
  met_employer_id: string | null;
  met_on: string | null;
  not_admitted_reason: NotAdmittedReason | null;
  selected_by_employer_id: string | null;
  admitted_on: string | null;
  identified_at: Date;
  version: number;
  declines: { invitation: Invitation; recordedAt: string }[];
}

const candidateSelect = `SELECT c.id, c.track_id, c.participant_id, c.status, c.assessment_id,
    c.met_employer_id, to_char(c.met_on, 'YYYY-MM-DD') AS met_on, c.not_admitted_reason,
    c.selected_by_employer_id, to_char(c.admitted_on, 'YYYY-MM-DD') AS admitted_on,
    c.identified_at, c.version,
    coalesce((SELECT json_agg(json_build_object('invitation', d.invitation, 'recordedAt', d.recorded_at)
      ORDER BY d.id) FROM candidate_declined_invitation d WHERE d.candidate_id = c.id), '[]') AS declines
  FROM candidate c`;

/** A candidate as this caller may see them: the employer's view leaves out what is the team's. */
function toModel(
  row: CandidateRow,
  view: 'full' | 'employer',
  employerId?: string,
): CandidateModel {
  const full = view === 'full';
  return {
    id: row.id,
    trackId: row.track_id,
    participant: { id: row.participant_id },
    status: row.status,
    assessmentId: full ? row.assessment_id : null,
    metEmployerId: row.met_employer_id,
    metOn: row.met_on,
    notAdmittedReason: full ? row.not_admitted_reason : null,
    selectedByEmployerId:
      full || row.selected_by_employer_id === employerId ? row.selected_by_employer_id : null,
    admittedOn: row.admitted_on,
    declinedInvitations: full
      ? row.declines.map((d) => ({ invitation: d.invitation, recordedAt: new Date(d.recordedAt) }))
      : [],
    identifiedAt: row.identified_at,
    version: row.version,
  };
}

type Parties = Pick<LockedTrack, 'officeIds' | 'municipalityCodes'>;

/** The candidate as `access` sees it on `track`, or null when hidden from them. */
function visible(access: Access, track: Parties, row: CandidateRow): CandidateModel | null {
  const view = candidateView(access.caller, track, row.met_employer_id);
  return view === 'hidden' ? null : toModel(row, view, access.caller.employerId?.toLowerCase());
}

/** The row of `UPDATE … RETURNING` through TypeORM's query, which answers [rows, count]. */
function updated<T>(result: unknown[]): T {
  const first = result[0];
  return (Array.isArray(first) ? first[0] : first) as T;
}

/**
 * The candidate pipeline: one method, one transaction, its outbox events. Every command locks the
 * track (so commands on one track run one after another), then the candidate.
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly reach: ParticipantReach,
  ) {}

  /** A participant in the caller's reach becomes a candidate of a track the caller works on. */
  async identify(access: Access, input: IdentifyCandidateInput): Promise<CandidateModel> {
    const trackId = id('trackId', input.trackId);
    const participantId = id('participantId', input.participantId);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForCommand(manager, access, trackId);
      this.mustWork(access, track);
      const participant = await this.reach.lockInReach(manager, access, participantId);
      if (participant.status === 'EXITED' || participant.status === 'ERASED') {
        throw participantNotActive();
      }
      const candidateId = randomUUID();
      const inserted = (await manager.query(
        `INSERT INTO candidate (id, track_id, participant_id, status, identified_at, identified_by,
           updated_at, version)
         VALUES ($1, $2, $3, 'IDENTIFIED', now(), $4, now(), 1)
         ON CONFLICT (track_id, participant_id) DO NOTHING RETURNING identified_at`,
        [candidateId, track.id, participantId, access.caller.userId],
      )) as { identified_at: Date }[];
      if (inserted.length === 0) throw alreadyIdentified();
      await this.outbox.publish(manager, candidateIdentifiedV1, {
        subject: candidateId,
        data: {
          candidateId,
          trackId: track.id,
          participantId,
          identifiedAt: inserted[0]!.identified_at.toISOString(),
          identifiedBy: access.caller.userId,
        },
      });
      return this.reread(manager, access, track, candidateId);
    });
  }

  /** IDENTIFIED → PREREQUISITES_ASSESSED, linked to the participants service's assessment. */
  assess(access: Access, input: AssessCandidateInput): Promise<CandidateModel> {
    const candidateId = id('candidateId', input.candidateId);
    const assessmentId = id('assessmentId', input.assessmentId);
    return this.advance(access, candidateId, 'PREREQUISITES_ASSESSED', { assessmentId });
  }

  /** PREREQUISITES_ASSESSED → PREPARED: motivated and prepared before meeting the employer. */
  prepare(access: Access, candidateIdInput: string): Promise<CandidateModel> {
    return this.advance(access, id('candidateId', candidateIdInput), 'PREPARED', {});
  }

  /** PREPARED → MET_EMPLOYER, with which of the track's employers and when. */
  recordEmployerMeeting(
    access: Access,
    input: RecordEmployerMeetingInput,
  ): Promise<CandidateModel> {
    const candidateId = id('candidateId', input.candidateId);
    const employerId = id('employerId', input.employerId);
    const metOn = day('metOn', input.metOn);
    return this.advance(access, candidateId, 'MET_EMPLOYER', { employerId, metOn });
  }

  /**
   * The employer's final selection: MET_EMPLOYER → ADMITTED, recorded as the selecting employer's;
   * the candidate becomes a participant of the track (`participant.admitted`).
   */
  async admit(access: Access, input: AdmitCandidateInput): Promise<CandidateModel> {
    const candidateId = id('candidateId', input.candidateId);
    const selectedBy = id('selectedByEmployerId', input.selectedByEmployerId);
    const admittedOn = day('admittedOn', input.admittedOn);
    return this.dataSource.transaction(async (manager) => {
      const { track, candidate } = await this.lockCandidate(manager, access, candidateId);
      if (!track.employerIds.includes(selectedBy)) {
        throw notTheTracksEmployer('selectedByEmployerId');
      }
      if (!maySelect(access.caller, track, candidate.met_employer_id, selectedBy)) {
        throw selectionNotAllowed();
      }
      this.mustBeOpen(track);
      this.mustMove(candidate.status, 'ADMITTED');
      if (candidate.met_on && admittedOn < candidate.met_on) {
        throw invalidRecruitmentInput(
          'admittedOn',
          'admittedOn must not be before the employer meeting',
        );
      }
      const [replica] = (await manager.query(
        'SELECT status FROM participant_reach WHERE participant_id = $1 FOR SHARE',
        [candidate.participant_id],
      )) as { status: string }[];
      if (!replica || replica.status === 'EXITED' || replica.status === 'ERASED') {
        throw participantNotActive();
      }
      const row = updated<{ version: number; updated_at: Date }>(
        await manager.query(
          `UPDATE candidate SET status = 'ADMITTED', selected_by_employer_id = $2, admitted_on = $3,
             updated_at = now(), version = version + 1 WHERE id = $1 RETURNING version, updated_at`,
          [candidate.id, selectedBy, admittedOn],
        ),
      );
      await manager.query(
        `INSERT INTO track_participant (track_id, participant_id, candidate_id, admitted_on,
           selected_by_employer_id, admitted_at, admitted_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          track.id,
          candidate.participant_id,
          candidate.id,
          admittedOn,
          selectedBy,
          row.updated_at,
          access.caller.userId,
        ],
      );
      await this.outbox.publish(manager, participantAdmittedV1, {
        subject: candidate.id,
        data: {
          trackId: track.id,
          participantId: candidate.participant_id,
          candidateId: candidate.id,
          officeIds: track.officeIds,
          municipalityCodes: track.municipalityCodes,
          admittedOn,
          selectedByEmployerId: selectedBy,
          admittedAt: row.updated_at.toISOString(),
          admittedBy: access.caller.userId,
        },
      });
      return this.reread(manager, access, track, candidate.id);
    });
  }

  /** Not admitted, with a reason code, from any open step. */
  async notAdmit(access: Access, input: NotAdmitCandidateInput): Promise<CandidateModel> {
    const candidateId = id('candidateId', input.candidateId);
    const reasonCode = validReason(input.reasonCode);
    return this.dataSource.transaction(async (manager) => {
      const { track, candidate } = await this.lockCandidate(manager, access, candidateId);
      this.mustWork(access, track);
      if (!mayDecideNotAdmitted(candidate.status)) throw alreadyDecided(candidate.status);
      const row = updated<{ version: number; updated_at: Date }>(
        await manager.query(
          `UPDATE candidate SET status = 'NOT_ADMITTED', not_admitted_reason = $2, updated_at = now(),
             version = version + 1 WHERE id = $1 RETURNING version, updated_at`,
          [candidate.id, reasonCode],
        ),
      );
      await this.outbox.publish(manager, candidateNotAdmittedV1, {
        subject: candidate.id,
        data: {
          candidateId: candidate.id,
          trackId: track.id,
          participantId: candidate.participant_id,
          from: candidate.status,
          reasonCode,
          version: row.version,
          decidedAt: row.updated_at.toISOString(),
          decidedBy: access.caller.userId,
        },
      });
      return this.reread(manager, access, track, candidate.id);
    });
  }

  /**
   * The candidate declined the open invitation (the first employer meeting, or the final
   * selection). Voluntary: only that it was declined is kept, the status stays, and they may be
   * invited again.
   */
  async declineInvitation(access: Access, input: DeclineInvitationInput): Promise<CandidateModel> {
    const candidateId = id('candidateId', input.candidateId);
    const declined = validInvitation(input.invitation);
    return this.dataSource.transaction(async (manager) => {
      const { track, candidate } = await this.lockCandidate(manager, access, candidateId);
      this.mustWork(access, track);
      const open = openInvitation(candidate.status);
      if (open !== declined) throw noOpenInvitation(open);
      const [row] = (await manager.query(
        `INSERT INTO candidate_declined_invitation (candidate_id, invitation, recorded_at)
         VALUES ($1, $2, now()) RETURNING recorded_at`,
        [candidate.id, declined],
      )) as { recorded_at: Date }[];
      await this.outbox.publish(manager, candidateInvitationDeclinedV1, {
        subject: candidate.id,
        data: {
          candidateId: candidate.id,
          trackId: track.id,
          invitation: declined,
          recordedAt: row!.recorded_at.toISOString(),
        },
      });
      return this.reread(manager, access, track, candidate.id);
    });
  }

  /** The candidates of the given (already visible) tracks, oldest first; filter with `visibleTo`. */
  async candidatesOf(trackIds: readonly string[]): Promise<CandidateRow[]> {
    return (await this.dataSource.query(
      `${candidateSelect} WHERE c.track_id = ANY($1::uuid[]) ORDER BY c.identified_at, c.id`,
      [trackIds],
    )) as CandidateRow[];
  }

  /** What of `rows` the caller sees on `track`. */
  visibleTo(access: Access, track: JobTrackModel, rows: readonly CandidateRow[]): CandidateModel[] {
    return rows.flatMap((row) => visible(access, track, row) ?? []);
  }

  /** How many candidates each track has per status (no ids: everyone who reads the track). */
  async countsOf(
    trackIds: readonly string[],
  ): Promise<(CandidateCountModel & { trackId: string })[]> {
    return (await this.dataSource.query(
      `SELECT track_id AS "trackId", status, count(*)::int AS count FROM candidate
       WHERE track_id = ANY($1::uuid[]) GROUP BY track_id, status ORDER BY track_id, status`,
      [trackIds],
    )) as (CandidateCountModel & { trackId: string })[];
  }

  /** The admitted participants of the given (already visible) tracks, by admission. */
  async participantsOf(trackIds: readonly string[]): Promise<TrackParticipantModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT track_id, participant_id, candidate_id, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on,
         selected_by_employer_id FROM track_participant WHERE track_id = ANY($1::uuid[])
       ORDER BY track_id, admitted_at, participant_id`,
      [trackIds],
    )) as {
      track_id: string;
      participant_id: string;
      candidate_id: string;
      admitted_on: string;
      selected_by_employer_id: string;
    }[];
    return rows.map((row) => ({
      trackId: row.track_id,
      participant: { id: row.participant_id },
      candidateId: row.candidate_id,
      admittedOn: row.admitted_on,
      selectedByEmployerId: row.selected_by_employer_id,
    }));
  }

  /** One pipeline step, from the step right before it. */
  private async advance(
    access: Access,
    candidateId: string,
    to: Exclude<CandidateStep, 'IDENTIFIED'>,
    facts: { assessmentId?: string; employerId?: string; metOn?: string },
  ): Promise<CandidateModel> {
    return this.dataSource.transaction(async (manager) => {
      const { track, candidate } = await this.lockCandidate(manager, access, candidateId);
      this.mustWork(access, track);
      if (facts.employerId && !track.employerIds.includes(facts.employerId)) {
        throw notTheTracksEmployer('employerId');
      }
      this.mustMove(candidate.status, to);
      const row = updated<{ version: number; updated_at: Date }>(
        await manager.query(
          `UPDATE candidate SET status = $2, assessment_id = coalesce($3, assessment_id),
             met_employer_id = coalesce($4, met_employer_id), met_on = coalesce($5::date, met_on),
             updated_at = now(), version = version + 1
           WHERE id = $1 RETURNING version, updated_at`,
          [
            candidate.id,
            to,
            facts.assessmentId ?? null,
            facts.employerId ?? null,
            facts.metOn ?? null,
          ],
        ),
      );
      await this.outbox.publish(manager, candidateAdvancedV1, {
        subject: candidate.id,
        data: {
          candidateId: candidate.id,
          trackId: track.id,
          participantId: candidate.participant_id,
          from: candidate.status,
          to,
          assessmentId: facts.assessmentId ?? null,
          employerId: facts.employerId ?? null,
          on: facts.metOn ?? null,
          version: row.version,
          advancedAt: row.updated_at.toISOString(),
          advancedBy: access.caller.userId,
        },
      });
      return this.reread(manager, access, track, candidate.id);
    });
  }

  /**
   * The candidate's track locked FOR UPDATE (the caller reads it), then the candidate. A foreign
   * candidate, a missing one and one the caller may not see get CANDIDATE.NOT_FOUND alike.
   */
  private async lockCandidate(
    manager: EntityManager,
    access: Access,
    candidateId: string,
  ): Promise<{ track: LockedTrack; candidate: CandidateRow }> {
    const params: unknown[] = [candidateId];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const [found] = (await manager.query(
      `SELECT c.track_id FROM candidate c JOIN job_track t ON t.id = c.track_id
       WHERE c.id = $1 AND ${inScope}`,
      params,
    )) as { track_id: string }[];
    if (!found) throw candidateNotFound();
    const track = await this.core.lockForCommand(manager, access, found.track_id);
    const [candidate] = (await manager.query(`${candidateSelect} WHERE c.id = $1 FOR UPDATE OF c`, [
      candidateId,
    ])) as CandidateRow[];
    if (!candidate || !visible(access, track, candidate)) throw candidateNotFound();
    return { track, candidate };
  }

  /** The track's team and admins work candidates, while recruitment is open. */
  private mustWork(access: Access, track: LockedTrack): void {
    if (!mayWriteTrack(access.caller, track)) throw writeNotAllowed();
    this.mustBeOpen(track);
  }

  private mustBeOpen(track: LockedTrack): void {
    if (!candidatePhases.includes(track.phase)) throw wrongPhase('candidate work', candidatePhases);
  }

  private mustMove(from: CandidateStatus, to: CandidateStep | 'ADMITTED'): void {
    const check = checkMove(from, to);
    if (check.ok) return;
    switch (check.kind) {
      case 'decided':
        throw alreadyDecided(from);
      case 'passed':
        throw stepPassed(to, from);
      case 'missing':
        throw stepMissing(to, check.missing);
    }
  }

  private async reread(
    manager: EntityManager,
    access: Access,
    track: LockedTrack,
    candidateId: string,
  ): Promise<CandidateModel> {
    const [row] = (await manager.query(`${candidateSelect} WHERE c.id = $1`, [
      candidateId,
    ])) as CandidateRow[];
    const model = visible(access, track, row!);
    if (!model) throw candidateNotFound();
    return model;
  }
}
