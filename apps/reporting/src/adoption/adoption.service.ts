import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkFilter } from '../aggregates/filter-fields';
import { invalidInput } from '../reporting-errors';
import { ADOPTION_TARGET, MIN_GROUP_SIZE } from '../reporting-tokens';
import { officeScopeColumns } from './adoption-access';
import { evidenceFigures, type EvidenceRow, regionFigures } from './adoption-figures';
import type {
  AdoptionFilterInput,
  AdoptionLevel,
  AdoptionModel,
  SupportCountModel,
} from './adoption.model';

interface OfficeRow {
  office_id: string;
  joined_on: string;
  level: AdoptionLevel | null;
  assessed_on: string | null;
}

interface EvidenceQueryRow {
  office_id: string;
  kind: 'JOBBFORUM' | 'PREPARATORY_EMPLOYMENT' | 'IN_DEPTH_FOLLOW_UP';
  persons: number;
  last_seen_on: string;
}

/**
 * The rollout offices joined from `$2` and by `$1` (each when given) with their latest assessment
 * made by `$1`.
 */
const officesSql = (where: string) => `
  SELECT o.office_id, o.joined_on::text AS joined_on, l.level, l.assessed_on::text AS assessed_on
  FROM adoption_office o
  LEFT JOIN LATERAL (
    SELECT a.level, a.assessed_on FROM adoption_assessment a
    WHERE a.office_id = o.office_id AND ($1::date IS NULL OR a.assessed_on <= $1::date)
    ORDER BY a.assessed_on DESC, a.recorded_at DESC LIMIT 1
  ) l ON TRUE
  WHERE ($1::date IS NULL OR o.joined_on <= $1::date)
    AND ($2::date IS NULL OR o.joined_on >= $2::date) AND ${where}
  ORDER BY o.office_id`;

/**
 * Persons per office and kind of evidence, and the latest day seen, within from–to ($2, $3).
 * A follow-up is in depth when it concerned participants and employers both; it counts for every
 * office of its track.
 */
const evidenceSql = `
  SELECT e.office_id, e.kind, count(DISTINCT e.participant_id)::int AS persons,
         max(e.seen_on)::text AS last_seen_on
  FROM adoption_evidence e
  WHERE e.office_id = ANY($1) AND ($2::date IS NULL OR e.seen_on >= $2::date)
    AND ($3::date IS NULL OR e.seen_on <= $3::date)
  GROUP BY e.office_id, e.kind
  UNION ALL
  SELECT o.office_id, 'IN_DEPTH_FOLLOW_UP', count(DISTINCT p.participant_id)::int,
         max(f.held_on)::text
  FROM adoption_follow_up f
  JOIN adoption_track t ON t.track_id = f.track_id
  CROSS JOIN LATERAL unnest(t.office_ids) AS o(office_id)
  CROSS JOIN LATERAL unnest(f.participant_ids) AS p(participant_id)
  WHERE f.employer_count > 0 AND o.office_id = ANY($1)
    AND ($2::date IS NULL OR f.held_on >= $2::date) AND ($3::date IS NULL OR f.held_on <= $3::date)
  GROUP BY o.office_id`;

const supportSql = `
  SELECT s.office_id, s.kind, count(*)::int AS count FROM adoption_support s
  WHERE s.office_id = ANY($1) AND ($2::date IS NULL OR s.given_on >= $2::date)
    AND ($3::date IS NULL OR s.given_on <= $3::date)
  GROUP BY s.office_id, s.kind ORDER BY s.office_id, s.kind`;

@Injectable()
export class AdoptionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MIN_GROUP_SIZE) private readonly minGroupSize: number,
    @Inject(ADOPTION_TARGET) private readonly target: number,
  ) {}

  /** The offices in the caller's scope with their evidence, and the whole region's share. */
  async adoption(access: Access, filter: AdoptionFilterInput): Promise<AdoptionModel> {
    checkFilter(filter, { officeId: 'officeId', joinedFrom: 'date', from: 'date', to: 'date' });
    if (filter.joinedFrom && filter.to && filter.joinedFrom > filter.to)
      throw invalidInput('to', 'to must not be before joinedFrom');
    const from = filter.from ?? null;
    const to = filter.to ?? null;
    const rollout = [to, filter.joinedFrom ?? null];
    const params: unknown[] = [...rollout];
    const conditions = [scopeCondition(access.scope, officeScopeColumns, params)];
    if (filter.officeId) {
      params.push(filter.officeId);
      conditions.push(`o.office_id = $${params.length}`);
    }
    const offices = (await this.dataSource.query(
      officesSql(conditions.join(' AND ')),
      params,
    )) as OfficeRow[];
    const region = (await this.dataSource.query(officesSql('TRUE'), rollout)) as OfficeRow[];
    const ids = offices.map((o) => o.office_id);
    const [evidence, support] = (await Promise.all([
      this.dataSource.query(evidenceSql, [ids, from, to]),
      this.dataSource.query(supportSql, [ids, from, to]),
    ])) as [EvidenceQueryRow[], (SupportCountModel & { office_id: string })[]];
    const evidenceOf = (officeId: string, kind: EvidenceQueryRow['kind']) => {
      const row = evidence.find((e) => e.office_id === officeId && e.kind === kind);
      const found: EvidenceRow | undefined = row && {
        persons: row.persons,
        lastSeenOn: row.last_seen_on,
      };
      return evidenceFigures(found, this.minGroupSize);
    };
    return {
      offices: offices.map((o) => ({
        officeId: o.office_id,
        joinedOn: o.joined_on,
        level: o.level,
        assessedOn: o.assessed_on,
        support: support
          .filter((s) => s.office_id === o.office_id)
          .map(({ kind, count }) => ({ kind, count })),
        jobbforum: evidenceOf(o.office_id, 'JOBBFORUM'),
        preparatoryEmployment: evidenceOf(o.office_id, 'PREPARATORY_EMPLOYMENT'),
        inDepthFollowUp: evidenceOf(o.office_id, 'IN_DEPTH_FOLLOW_UP'),
      })),
      region: regionFigures(
        region.map((o) => o.level),
        this.target,
      ),
    };
  }
}
