import { randomUUID } from 'node:crypto';
import { controlBaselineSetV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { baselineWriteNotAllowed } from '../reporting-errors';
import { formatSek } from './cost-window';
import { baselineInput, countyCode } from './costs-rules';
import type { ControlBaselineModel, SetControlBaselineInput } from './costs.model';

const columns = `id, county_code AS "countyCode", to_char(period_from, 'YYYY-MM-DD') AS "periodFrom",
  to_char(period_to, 'YYYY-MM-DD') AS "periodTo", window_months AS "windowMonths",
  activity_support_per_person::text AS "activitySupportPerPerson",
  intervention_per_person::text AS "interventionPerPerson", group_size AS "groupSize", version,
  set_at AS "setAt", set_by AS "setBy"`;

/** Control-group baselines: owned data, entered by analysts, never rebuilt from events. */
@Injectable()
export class ControlBaselinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Enters a baseline, or replaces the one of the same county, period and window (its id stays,
   * its version goes up, who and when are the latest entry's); with its event, in one transaction.
   */
  async set(access: Access, input: SetControlBaselineInput): Promise<ControlBaselineModel> {
    if (access.scope.kind !== 'all') throw baselineWriteNotAllowed();
    const b = baselineInput(input as unknown as Record<string, unknown>);
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO control_baseline AS c (id, county_code, period_from, period_to, window_months,
           activity_support_per_person, intervention_per_person, group_size, version, set_at, set_by)
         VALUES ($1, $2, $3, $4, $5, $6::numeric / 100, $7::numeric / 100, $8, 1, now(), $9)
         ON CONFLICT (county_code, period_from, period_to, window_months) DO UPDATE SET
           activity_support_per_person = EXCLUDED.activity_support_per_person,
           intervention_per_person = EXCLUDED.intervention_per_person,
           group_size = EXCLUDED.group_size, version = c.version + 1,
           set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by
         RETURNING ${columns}`,
        [
          randomUUID(),
          b.countyCode,
          b.periodFrom,
          b.periodTo,
          b.windowMonths,
          b.activitySupportOre,
          b.interventionOre,
          b.groupSize,
          access.caller.userId,
        ],
      )) as ControlBaselineModel[];
      const saved = row!;
      await this.outbox.publish(manager, controlBaselineSetV1, {
        subject: saved.id,
        data: {
          baselineId: saved.id,
          countyCode: b.countyCode,
          periodFrom: b.periodFrom,
          periodTo: b.periodTo,
          windowMonths: b.windowMonths,
          activitySupportPerPerson: formatSek(b.activitySupportOre),
          interventionPerPerson: b.interventionOre === null ? null : formatSek(b.interventionOre),
          groupSize: b.groupSize,
          version: saved.version,
          setAt: saved.setAt.toISOString(),
          setBy: access.caller.userId,
        },
      });
      return saved;
    });
  }

  /** Every baseline (of a county), by county, period and window; none for a caller without scope. */
  async list(access: Access, county: string | null): Promise<ControlBaselineModel[]> {
    if (access.scope.kind === 'none') return [];
    const params = county === null ? [] : [countyCode('countyCode', county)];
    return (await this.dataSource.query(
      `SELECT ${columns} FROM control_baseline
       ${county === null ? '' : 'WHERE county_code = $1'}
       ORDER BY county_code, period_from, period_to, window_months`,
      params,
    )) as ControlBaselineModel[];
  }

  /**
   * The baseline of this county and window whose period overlaps `[from, to]` most (the most
   * recently entered on a tie), or null.
   */
  async matching(
    county: string,
    window: number,
    from: string,
    to: string,
  ): Promise<ControlBaselineModel | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${columns} FROM control_baseline
       WHERE county_code = $1 AND window_months = $2 AND period_from <= $4::date AND period_to >= $3::date
       ORDER BY least(period_to, $4::date) - greatest(period_from, $3::date) DESC, set_at DESC
       LIMIT 1`,
      [county, window, from, to],
    )) as ControlBaselineModel[];
    return row ?? null;
  }
}
