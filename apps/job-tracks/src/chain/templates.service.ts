import { randomUUID } from 'node:crypto';
import { templateAppliedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClosingService } from '../closing/closing.service';
import type { JobTrackModel } from '../core/job-track.model';
import { text } from '../core/input-rules';
import { mayWriteTrack } from '../core/track-access';
import { TrackCoreService } from '../core/track-core.service';
import { writeNotAllowed } from '../core/track.errors';
import { addDays } from './calendar';
import { isTypeCode, type ResponsibleParty, weeksOf } from './chain-rules';
import { implementationStartOf, requirePhase } from './chain.service';
import {
  chainNotEmpty,
  invalidChainInput,
  noImplementationPhase,
  notAGoodExample,
  templateCodeTaken,
  templateNotFound,
  trackNotClosed,
} from './chain.errors';
import type { MethodTemplateModel, TemplateStepModel } from './chain.model';

interface TemplateRow {
  code: string;
  name: string;
  built_in: boolean;
  follow_up_every_days: number | null;
  after_employment_months: number[];
}

interface TemplateStepRow {
  template_code: string;
  position: number;
  intervention_type_code: string;
  responsible: ResponsibleParty;
  parallel_with_previous: boolean;
  start_week: number;
  end_week: number;
}

const toStep = (row: TemplateStepRow): TemplateStepModel => ({
  templateCode: row.template_code,
  position: row.position,
  interventionTypeCode: row.intervention_type_code,
  responsible: row.responsible,
  parallelWithPrevious: row.parallel_with_previous,
  startWeek: row.start_week,
  endWeek: row.end_week,
});

/**
 * Method templates: the Jobbnätet method built in (see the migration), and designs saved from
 * closed tracks. Templates are reference data every track reader sees; they hold no names of
 * people and no track's dates, only weeks counted from the implementation start.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly closing: ClosingService,
  ) {}

  async list(): Promise<MethodTemplateModel[]> {
    return this.load(this.dataSource.manager, null);
  }

  /**
   * Gives a track in PLANNING with an empty chain the template's chain (weeks from its
   * implementation start) and its follow-up schedule: every N days through implementation, and the
   * months after an employment start planned for the day after implementation ends (the team moves
   * it with setFollowUpSchedule). `template.applied` names the new steps.
   */
  async apply(access: Access, trackId: string, templateCode: string): Promise<JobTrackModel> {
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, trackId);
      requirePhase(track, ['PLANNING'], 'a template is applied');
      const [template] = isTypeCode(templateCode) ? await this.load(manager, templateCode) : [];
      if (!template) throw templateNotFound();
      const [{ n }] = (await manager.query(
        'SELECT count(*)::int AS n FROM chain_step WHERE track_id = $1',
        [track.id],
      )) as [{ n: number }];
      if (n > 0) throw chainNotEmpty();
      const [implementation] = (await manager.query(
        `SELECT p->>'plannedStart' AS start, p->>'plannedEnd' AS "end"
         FROM job_track t, jsonb_array_elements(t.timeline) p
         WHERE t.id = $1 AND p->>'phase' = 'IMPLEMENTATION'`,
        [track.id],
      )) as { start: string; end: string }[];
      if (!implementation) throw noImplementationPhase();
      const stepIds: string[] = [];
      for (const step of template.steps) {
        const id = randomUUID();
        stepIds.push(id);
        await manager.query(
          `INSERT INTO chain_step (id, track_id, position, intervention_type_code, responsible,
             parallel_with_previous, start_week, end_week)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            id,
            track.id,
            step.position,
            step.interventionTypeCode,
            step.responsible,
            step.parallelWithPrevious,
            step.startWeek,
            step.endWeek,
          ],
        );
      }
      if (template.followUpEveryDays !== null) {
        const months = template.afterEmploymentMonths;
        await manager.query(
          `INSERT INTO follow_up_schedule (track_id, every_days, from_date, until_date,
             employment_start, after_employment_months, template_code, set_at, set_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8)
           ON CONFLICT (track_id) DO UPDATE SET every_days = $2, from_date = $3, until_date = $4,
             employment_start = $5, after_employment_months = $6, template_code = $7,
             set_at = now(), set_by = $8`,
          [
            track.id,
            template.followUpEveryDays,
            implementation.start,
            implementation.end,
            months.length > 0 ? addDays(implementation.end, 1) : null,
            months,
            template.code,
            access.caller.userId,
          ],
        );
      }
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, templateAppliedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          templateCode: template.code,
          stepIds,
          followUpEveryDays: template.followUpEveryDays,
          appliedAt: new Date().toISOString(),
          appliedBy: access.caller.userId,
        },
      });
    });
    return this.core.requireVisible(access, trackId);
  }

  /**
   * Copies a closed track's design into a new template: its steps as weeks from its implementation
   * start (an offering becomes its intervention type: offerings belong to one round) and its
   * follow-up plan. The track must be CLOSED and its published evaluation call it a good example.
   */
  async saveFromTrack(
    access: Access,
    input: { trackId: string; code: string; name: string },
  ): Promise<MethodTemplateModel> {
    if (!isTypeCode(input.code)) {
      throw invalidChainInput('code', 'code must be A–Z, 0–9 and _, starting with a letter, 2–40');
    }
    const name = text(invalidChainInput, 'name', input.name, 200);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForCommand(manager, access, input.trackId);
      if (!mayWriteTrack(access.caller, track)) throw writeNotAllowed();
      if (track.phase !== 'CLOSED') throw trackNotClosed();
      if (!(await this.closing.isPublishedGoodExample(manager, track.id))) throw notAGoodExample();
      const [schedule] = (await manager.query(
        'SELECT every_days, after_employment_months FROM follow_up_schedule WHERE track_id = $1',
        [track.id],
      )) as { every_days: number; after_employment_months: number[] }[];
      const inserted = (await manager.query(
        `INSERT INTO method_template (code, name, built_in, follow_up_every_days,
           after_employment_months, source_track_id, created_at, created_by)
         VALUES ($1, $2, false, $3, $4, $5, now(), $6) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [
          input.code,
          name,
          schedule?.every_days ?? null,
          schedule?.after_employment_months ?? [],
          track.id,
          access.caller.userId,
        ],
      )) as unknown[];
      if (inserted.length === 0) throw templateCodeTaken();
      const steps = (await manager.query(
        `SELECT s.position, s.intervention_type_code, s.responsible, s.parallel_with_previous,
           to_char(s.planned_start, 'YYYY-MM-DD') AS planned_start,
           to_char(s.planned_end, 'YYYY-MM-DD') AS planned_end, s.start_week, s.end_week,
           ${implementationStartOf} AS implementation_start
         FROM chain_step s JOIN job_track t ON t.id = s.track_id
         WHERE s.track_id = $1 ORDER BY s.position`,
        [track.id],
      )) as {
        position: number;
        intervention_type_code: string;
        responsible: string;
        parallel_with_previous: boolean;
        planned_start: string | null;
        planned_end: string | null;
        start_week: number | null;
        end_week: number | null;
        implementation_start: string;
      }[];
      for (const step of steps) {
        const weeks =
          step.start_week !== null && step.end_week !== null
            ? { startWeek: step.start_week, endWeek: step.end_week }
            : weeksOf(step.planned_start!, step.planned_end!, step.implementation_start);
        await manager.query(
          `INSERT INTO method_template_step (template_code, position, intervention_type_code,
             responsible, parallel_with_previous, start_week, end_week)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            input.code,
            step.position,
            step.intervention_type_code,
            step.responsible,
            step.parallel_with_previous,
            weeks.startWeek,
            weeks.endWeek,
          ],
        );
      }
      const [template] = await this.load(manager, input.code);
      return template!;
    });
  }

  /** Templates with their steps: all of them, or the one with `code`. */
  private async load(manager: EntityManager, code: string | null): Promise<MethodTemplateModel[]> {
    const templates = (await manager.query(
      `SELECT code, name, built_in, follow_up_every_days, after_employment_months
       FROM method_template WHERE ($1::text IS NULL OR code = $1)
       ORDER BY built_in DESC, code`,
      [code],
    )) as TemplateRow[];
    const steps = (await manager.query(
      `SELECT template_code, position, intervention_type_code, responsible, parallel_with_previous,
         start_week, end_week
       FROM method_template_step WHERE template_code = ANY($1::text[])
       ORDER BY template_code, position`,
      [templates.map((t) => t.code)],
    )) as TemplateStepRow[];
    return templates.map((row) => ({
      code: row.code,
      name: row.name,
      builtIn: row.built_in,
      followUpEveryDays: row.follow_up_every_days,
      afterEmploymentMonths: row.after_employment_months,
      steps: steps.filter((s) => s.template_code === row.code).map(toStep),
    }));
  }
}
