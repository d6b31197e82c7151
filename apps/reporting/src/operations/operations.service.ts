import { swedishDay } from '@jobbnatet/domain-se';
import { type Access, scopeCondition, type ScopeColumns } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkFilter } from '../aggregates/filter-fields';
import { employmentScopeColumns, trackOfficeScopeColumns } from './operations-access';
import { followUpOverdue, overdueRetentionMonths, retentionGraceDays } from './operations-rules';
import type {
  OfficeOperationsModel,
  OperationsFilterInput,
  OperationsModel,
} from './operations.model';

const phases = ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED', 'CANCELLED'];

interface TrackRow {
  office_id: string;
  phase: string;
  every_days: number | null;
  implementation_since: string | null;
  last_held_on: string | null;
}

interface EmploymentRow {
  office_id: string;
  start_date: string;
  checked: number[];
}

/** Each track once per office, with its phase (a final event wins over the highest version). */
const tracksSql = (where: string) => `
  SELECT o.office_id,
    coalesce(e.phase, (SELECT p.to_phase FROM operations_track_phase p WHERE p.track_id = t.track_id
      ORDER BY p.version DESC LIMIT 1), t.created_phase) AS phase,
    s.every_days,
    (SELECT max(p.changed_on)::text FROM operations_track_phase p
      WHERE p.track_id = t.track_id AND p.to_phase = 'IMPLEMENTATION') AS implementation_since,
    (SELECT max(f.held_on)::text FROM operations_follow_up f
      WHERE f.track_id = t.track_id) AS last_held_on
  FROM operations_track t
  CROSS JOIN LATERAL unnest(t.office_ids) AS o(office_id)
  LEFT JOIN operations_track_end e ON e.track_id = t.track_id
  LEFT JOIN operations_follow_up_schedule s ON s.track_id = t.track_id
  WHERE ${where}`;

const employmentsSql = (where: string) => `
  SELECT e.office_id, e.start_date::text AS start_date,
    coalesce(array_agg(DISTINCT r.months_after_start)
      FILTER (WHERE r.months_after_start IS NOT NULL), '{}') AS checked
  FROM operations_employment e
  LEFT JOIN operations_retention_check r ON r.outcome_id = e.outcome_id
  WHERE ${where}
  GROUP BY e.outcome_id`;

@Injectable()
export class OperationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Per office in the caller's scope and the filter: overdue work and tracks per phase. */
  async operations(access: Access, filter: OperationsFilterInput): Promise<OperationsModel> {
    checkFilter(filter, {
      officeId: 'officeId',
      municipalityCode: 'municipalityCode',
      asOf: 'date',
    });
    const asOf = filter.asOf ?? swedishDay();
    const [tracks, employments] = await Promise.all([
      this.rows<TrackRow>(tracksSql, access, filter, trackOfficeScopeColumns),
      this.rows<EmploymentRow>(employmentsSql, access, filter, employmentScopeColumns),
    ]);
    const offices = new Map<string, OfficeOperationsModel>();
    const at = (officeId: string) => {
      let found = offices.get(officeId);
      if (!found) {
        found = {
          officeId,
          overdueFollowUps: 0,
          overdueRetentionChecks: 0,
          tracksByPhase: phases.map((phase) => ({ phase, tracks: 0 })),
        };
        offices.set(officeId, found);
      }
      return found;
    };
    for (const track of tracks) {
      const office = at(track.office_id);
      const inPhase = office.tracksByPhase.find((p) => p.phase === track.phase);
      if (inPhase) inPhase.tracks += 1;
      const overdue = followUpOverdue(
        {
          phase: track.phase,
          everyDays: track.every_days,
          implementationSince: track.implementation_since,
          lastHeldOn: track.last_held_on,
        },
        asOf,
      );
      if (overdue) office.overdueFollowUps += 1;
    }
    for (const job of employments) {
      at(job.office_id).overdueRetentionChecks += overdueRetentionMonths(
        job.start_date,
        job.checked,
        asOf,
      ).length;
    }
    return {
      asOf,
      retentionGraceDays,
      offices: [...offices.values()].sort((a, b) => a.officeId.localeCompare(b.officeId)),
    };
  }

  /** The rows of one table within the caller's scope and the filter (office and municipality). */
  private async rows<Row>(
    sql: (where: string) => string,
    access: Access,
    filter: OperationsFilterInput,
    columns: ScopeColumns,
  ): Promise<Row[]> {
    const params: unknown[] = [];
    const conditions = [scopeCondition(access.scope, columns, params)];
    if (filter.officeId)
      conditions.push(
        scopeCondition({ kind: 'office', officeId: filter.officeId }, columns, params),
      );
    if (filter.municipalityCode)
      conditions.push(
        scopeCondition(
          { kind: 'municipality', municipalityCode: filter.municipalityCode },
          columns,
          params,
        ),
      );
    return (await this.dataSource.query(sql(conditions.join(' AND ')), params)) as Row[];
  }
}
