import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { admissionScopeColumns } from './outcomes-access';
import { filterConditions } from './outcomes-filter';
import { personOutcomesSql, toPersonOutcome, type PersonOutcomeRow } from './outcomes-query';
import { outcomeFigures, type OutcomeFigures } from './outcome-figures';
import type { OutcomesFilterInput } from './outcomes.model';

@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MIN_GROUP_SIZE) private readonly minGroupSize: number,
  ) {}

  /**
   * The outcomes of the admissions within the caller's scope and the filter, suppressed. `db` is a
   * transaction's manager when the figures must agree with other reads (a report snapshot).
   */
  async outcomes(
    access: Access,
    filter: OutcomesFilterInput,
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<OutcomeFigures> {
    const params: unknown[] = [];
    const conditions = [
      scopeCondition(access.scope, admissionScopeColumns, params),
      ...filterConditions(filter, params),
    ];
    const rows = (await db.query(
      personOutcomesSql(conditions.join(' AND ')),
      params,
    )) as PersonOutcomeRow[];
    return outcomeFigures(rows.map(toPersonOutcome), this.minGroupSize);
  }
}
