import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { uuid } from '../aggregates/input-patterns';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { invalidInput } from '../reporting-errors';
import { trackScopeColumns } from './funnel-access';
import { funnelFigures, type FunnelFigures } from './funnel-figures';
import { personStagesSql, toPersonStages, type PersonStagesRow } from './funnel-query';

@Injectable()
export class FunnelService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MIN_GROUP_SIZE) private readonly minGroupSize: number,
  ) {}

  /** The track's funnel, suppressed; a track out of scope answers like an unknown one. */
  async funnel(access: Access, trackId: string): Promise<FunnelFigures> {
    if (!uuid.test(trackId)) throw invalidInput('trackId', 'trackId must be a uuid');
    const params: unknown[] = [trackId];
    const scope = scopeCondition(access.scope, trackScopeColumns, params);
    const tracks = `t.track_id = $1::uuid AND ${scope}`;
    const rows = (await this.dataSource.query(
      personStagesSql(tracks),
      params,
    )) as PersonStagesRow[];
    return funnelFigures(rows.map(toPersonStages), this.minGroupSize);
  }

  /**
   * The funnel summed over the tracks in the caller's scope and the place (an office or a
   * municipality; neither: all) that admitted someone in the period: candidates carry no date, so
   * the period selects tracks, not persons. A person on two such tracks counts on each.
   */
  async totals(
    access: Access,
    place: { officeId?: string; municipalityCode?: string },
    period: { from: string; to: string },
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<FunnelFigures> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions = [scopeCondition(access.scope, trackScopeColumns, params)];
    if (place.officeId) conditions.push(trackScopeColumns.office(param(place.officeId)));
    if (place.municipalityCode)
      conditions.push(trackScopeColumns.municipality(param(place.municipalityCode)));
    conditions.push(`EXISTS (SELECT 1 FROM funnel_admission pa WHERE pa.track_id = t.track_id
      AND pa.admitted_on BETWEEN ${param(period.from)}::date AND ${param(period.to)}::date)`);
    const rows = (await db.query(
      personStagesSql(conditions.join(' AND ')),
      params,
    )) as PersonStagesRow[];
    return funnelFigures(rows.map(toPersonStages), this.minGroupSize);
  }
}
