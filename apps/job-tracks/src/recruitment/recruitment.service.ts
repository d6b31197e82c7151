import {
  recruitmentMaterialPublishedV1,
  recruitmentMaterialReviewedV1,
  recruitmentPlanSetV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type LockedTrack, TrackCoreService } from '../core/track-core.service';
import { mayWriteTrack } from '../core/track-access';
import { writeNotAllowed } from '../core/track.errors';
import { id, validateMaterial, validatePlan, validateReview } from './recruitment-inputs';
import {
  invalidRecruitmentInput,
  materialAlreadyPublished,
  materialNotApproved,
  materialNotFound,
  wrongPhase,
} from './recruitment.errors';
import type {
  DraftRecruitmentMaterialInput,
  GenderEqualityReviewModel,
  RecruitmentMaterialModel,
  RecruitmentPlanModel,
  ReviewRecruitmentMaterialInput,
  SetRecruitmentPlanInput,
} from './recruitment.model';
import { type MaterialStatus, planPhases, type RecruitmentMethod } from './recruitment-rules';

interface MaterialRow {
  track_id: string;
  ad_text: string;
  requirements: string;
  content_version: number;
  status: MaterialStatus;
  published_at: Date | null;
  reviews: {
    contentVersion: number;
    outcome: GenderEqualityReviewModel['outcome'];
    notes: string | null;
    reviewedAt: string;
    reviewedBy: string;
  }[];
}

const materialSelect = `SELECT m.track_id, m.ad_text, m.requirements, m.content_version, m.status,
    m.published_at,
    coalesce((SELECT json_agg(json_build_object('contentVersion', r.content_version,
        'outcome', r.outcome, 'notes', r.notes, 'reviewedAt', r.reviewed_at, 'reviewedBy', r.reviewed_by)
      ORDER BY r.id) FROM recruitment_material_review r WHERE r.track_id = m.track_id), '[]') AS reviews
  FROM recruitment_material m`;

function toMaterial(row: MaterialRow): RecruitmentMaterialModel {
  return {
    trackId: row.track_id,
    adText: row.ad_text,
    requirements: row.requirements,
    contentVersion: row.content_version,
    status: row.status,
    publishedAt: row.published_at,
    reviews: row.reviews.map((r) => ({ ...r, reviewedAt: new Date(r.reviewedAt) })),
  };
}

/**
 * The recruitment plan and the recruitment material (ad text, requirements) with its
 * gender-equality review: one method, one transaction, its outbox events.
 */
@Injectable()
export class RecruitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
  ) {}

  /** Sets (replaces) the method and the dated recruitment activities agreed with the employer. */
  async setPlan(access: Access, input: SetRecruitmentPlanInput): Promise<RecruitmentPlanModel> {
    const trackId = id('trackId', input.trackId);
    const plan = validatePlan(input);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lockForPlanning(manager, access, trackId);
      const [row] = (await manager.query(
        `INSERT INTO recruitment_plan (track_id, method, activities, updated_at, updated_by, version)
         VALUES ($1, $2, $3::jsonb, now(), $4, 1)
         ON CONFLICT (track_id) DO UPDATE SET method = EXCLUDED.method,
           activities = EXCLUDED.activities, updated_at = EXCLUDED.updated_at,
           updated_by = EXCLUDED.updated_by, version = recruitment_plan.version + 1
         RETURNING updated_at, version`,
        [track.id, plan.method, JSON.stringify(plan.activities), access.caller.userId],
      )) as { updated_at: Date; version: number }[];
      await this.outbox.publish(manager, recruitmentPlanSetV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          method: plan.method,
          activities: plan.activities.map(({ kind, plannedOn }) => ({ kind, plannedOn })),
          version: row!.version,
          setAt: row!.updated_at.toISOString(),
          setBy: access.caller.userId,
        },
      });
      return {
        trackId: track.id,
        ...plan,
        updatedAt: row!.updated_at,
        updatedBy: access.caller.userId,
        version: row!.version,
      };
    });
  }

  /**
   * Drafts the material or changes it: a new content version, back to DRAFT, so the change needs
   * its own APPROVED review before it is published. No event: nothing is decided yet.
   */
  async draftMaterial(
    access: Access,
    input: DraftRecruitmentMaterialInput,
  ): Promise<RecruitmentMaterialModel> {
    const trackId = id('trackId', input.trackId);
    const material = validateMaterial(input);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lockForPlanning(manager, access, trackId);
      await manager.query(
        `INSERT INTO recruitment_material (track_id, ad_text, requirements, content_version, status,
           drafted_at, drafted_by) VALUES ($1, $2, $3, 1, 'DRAFT', now(), $4)
         ON CONFLICT (track_id) DO UPDATE SET ad_text = EXCLUDED.ad_text,
           requirements = EXCLUDED.requirements, status = 'DRAFT',
           content_version = recruitment_material.content_version + 1,
           drafted_at = EXCLUDED.drafted_at, drafted_by = EXCLUDED.drafted_by`,
        [track.id, material.adText, material.requirements, access.caller.userId],
      );
      return this.material(manager, track.id);
    });
  }

  /** A gender-equality review of the current content version: APPROVED or CHANGES_NEEDED. */
  async reviewMaterial(
    access: Access,
    input: ReviewRecruitmentMaterialInput,
  ): Promise<RecruitmentMaterialModel> {
    const trackId = id('trackId', input.trackId);
    const review = validateReview(input);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lockForPlanning(manager, access, trackId);
      const current = await this.material(manager, track.id);
      if (review.contentVersion !== current.contentVersion) {
        throw invalidRecruitmentInput(
          'contentVersion',
          'contentVersion must be the current one; the material has changed since',
        );
      }
      if (current.status === 'PUBLISHED') throw materialAlreadyPublished();
      const [row] = (await manager.query(
        `INSERT INTO recruitment_material_review (track_id, content_version, outcome, notes,
           reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, now(), $5) RETURNING reviewed_at`,
        [track.id, review.contentVersion, review.outcome, review.notes, access.caller.userId],
      )) as { reviewed_at: Date }[];
      await manager.query('UPDATE recruitment_material SET status = $2 WHERE track_id = $1', [
        track.id,
        review.outcome,
      ]);
      await this.outbox.publish(manager, recruitmentMaterialReviewedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          contentVersion: review.contentVersion,
          outcome: review.outcome,
          reviewedAt: row!.reviewed_at.toISOString(),
          reviewedBy: access.caller.userId,
        },
      });
      return this.material(manager, track.id);
    });
  }

  /** Publishes the current content, which its gender-equality review must have APPROVED. */
  async publishMaterial(access: Access, trackIdInput: string): Promise<RecruitmentMaterialModel> {
    const trackId = id('trackId', trackIdInput);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lockForPlanning(manager, access, trackId);
      const current = await this.material(manager, track.id);
      if (current.status === 'PUBLISHED') throw materialAlreadyPublished();
      if (current.status !== 'APPROVED') throw materialNotApproved(current.status);
      const [row] = (await manager.query(
        `UPDATE recruitment_material SET status = 'PUBLISHED', published_at = now(), published_by = $2
         WHERE track_id = $1 RETURNING published_at`,
        [track.id, access.caller.userId],
      )) as [{ published_at: Date }[], number];
      await this.outbox.publish(manager, recruitmentMaterialPublishedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          contentVersion: current.contentVersion,
          publishedAt: row[0]!.published_at.toISOString(),
          publishedBy: access.caller.userId,
        },
      });
      return this.material(manager, track.id);
    });
  }

  /** The plans of the given (already visible) tracks. */
  async plansOf(trackIds: readonly string[]): Promise<RecruitmentPlanModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT track_id, method, activities, updated_at, updated_by, version FROM recruitment_plan
       WHERE track_id = ANY($1::uuid[])`,
      [trackIds],
    )) as {
      track_id: string;
      method: RecruitmentMethod;
      activities: RecruitmentPlanModel['activities'];
      updated_at: Date;
      updated_by: string;
      version: number;
    }[];
    return rows.map((row) => ({
      trackId: row.track_id,
      method: row.method,
      activities: row.activities,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
      version: row.version,
    }));
  }

  /** The materials of the given (already visible) tracks. */
  async materialsOf(trackIds: readonly string[]): Promise<RecruitmentMaterialModel[]> {
    const rows = (await this.dataSource.query(
      `${materialSelect} WHERE m.track_id = ANY($1::uuid[])`,
      [trackIds],
    )) as MaterialRow[];
    return rows.map(toMaterial);
  }

  /** The track locked for a plan or material change: the team's, while recruitment is planned or runs. */
  private async lockForPlanning(
    manager: EntityManager,
    access: Access,
    trackId: string,
  ): Promise<LockedTrack> {
    const track = await this.core.lockForCommand(manager, access, trackId);
    if (!mayWriteTrack(access.caller, track)) throw writeNotAllowed();
    if (!planPhases.includes(track.phase)) throw wrongPhase('recruitment planning', planPhases);
    return track;
  }

  private async material(
    manager: EntityManager,
    trackId: string,
  ): Promise<RecruitmentMaterialModel> {
    const [row] = (await manager.query(`${materialSelect} WHERE m.track_id = $1`, [
      trackId,
    ])) as MaterialRow[];
    if (!row) throw materialNotFound();
    return toMaterial(row);
  }
}
