import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { admissionFilterConditions } from '../aggregates/admission-filter';
import { admissionScopeColumns } from '../aggregates/admission-scope';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import {
  evaluationAnswersSql,
  type EvaluationAnswersRow,
  personOutcomesSql,
  toPersonOutcome,
  type PersonOutcomeRow,
} from './outcomes-query';
import { outcomeFigures, type OutcomeFigures } from './outcome-figures';
import type { EvaluationAnswersModel, OutcomesFilterInput } from './outcomes.model';

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
  ): Promise<OutcomeFigures & { evaluations: EvaluationAnswersModel }> {
    const params: unknown[] = [];
    const conditions = [
      scopeCondition(access.scope, admissionScopeColumns, params),
      ...admissionFilterConditions(filter, params),
    ];
    const cohort = conditions.join(' AND ');
    const [rows, [answers]] = (await Promise.all([
      db.query(personOutcomesSql(cohort), params),
      db.query(evaluationAnswersSql(cohort), params),
    ])) as [PersonOutcomeRow[], EvaluationAnswersRow[]];
    return {
      ...outcomeFigures(rows.map(toPersonOutcome), this.minGroupSize),
      evaluations: {
        published: answers!.published,
        continuedNeed: answers!.continued_need,
        changeRecommended: answers!.change_recommended,
        goodExamples: answers!.good_examples,
        newStarts: answers!.new_starts,
      },
    };
  }
}
