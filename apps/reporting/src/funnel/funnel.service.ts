import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
    const rows = (await this.dataSource.query(personStagesSql(scope), params)) as PersonStagesRow[];
    return funnelFigures(rows.map(toPersonStages), this.minGroupSize);
  }
}
