import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { admissionFilterConditions } from '../aggregates/admission-filter';
import { admissionScopeColumns } from '../aggregates/admission-scope';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { ControlBaselinesService } from './control-baselines.service';
import { costFigures } from './cost-figures';
import { toOre } from './cost-window';
import { countyCode, defaultWindowMonths, windowMonths } from './costs-rules';
import { admissionCostsSql, toAdmissionCosts, type AdmissionCostsRow } from './costs-query';
import type { CostsFilterInput, CostsModel } from './costs.model';

@Injectable()
export class CostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly baselines: ControlBaselinesService,
    @Inject(MIN_GROUP_SIZE) private readonly minGroupSize: number,
  ) {}

  /** The cohort's costs per person over the window, against the matching baseline; suppressed. */
  async costs(access: Access, filter: CostsFilterInput): Promise<CostsModel> {
    const { countyCode: countyFilter, windowMonths: windowFilter, ...admissionFilter } = filter;
    const months =
      windowFilter === undefined || windowFilter === null
        ? defaultWindowMonths
        : windowMonths(windowFilter);
    const county =
      countyFilter === undefined || countyFilter === null
        ? null
        : countyCode('countyCode', countyFilter);
    const params: unknown[] = [months];
    const conditions = [
      scopeCondition(access.scope, admissionScopeColumns, params),
      ...admissionFilterConditions(admissionFilter, params),
    ];
    if (county !== null) {
      params.push(county);
      // A track in any municipality of the county (a kommunkod starts with its county's code).
      conditions.push(
        `EXISTS (SELECT 1 FROM unnest(a.municipality_codes) m WHERE left(m, 2) = $${params.length})`,
      );
    }
    const rows = (await this.dataSource.query(
      admissionCostsSql(conditions.join(' AND '), '$1'),
      params,
    )) as AdmissionCostsRow[];
    const admissions = rows.map(toAdmissionCosts);
    const baseline =
      county === null
        ? null
        : await this.baselines.matching(
            county,
            months,
            // The cohort's period: the filter's, else the span of its admissions.
            filter.from ?? minOf(admissions.map((a) => a.admittedOn)) ?? '0001-01-01',
            filter.to ?? maxOf(admissions.map((a) => a.admittedOn)) ?? '9999-12-31',
          );
    const figures = costFigures(
      admissions,
      months,
      baseline && {
        activitySupportOre: toOre(baseline.activitySupportPerPerson),
        interventionOre:
          baseline.interventionPerPerson === null ? null : toOre(baseline.interventionPerPerson),
      },
      this.minGroupSize,
    );
    return {
      windowMonths: months,
      participants: figures.participants,
      activitySupportPerPerson: figures.activitySupportPerPerson,
      interventionPerPerson: figures.interventionPerPerson,
      baseline,
      activitySupportDifferencePerPerson: figures.activitySupportDifference,
      interventionDifferencePerPerson: figures.interventionDifference,
    };
  }
}

const minOf = (dates: string[]): string | undefined => [...dates].sort()[0];
const maxOf = (dates: string[]): string | undefined => [...dates].sort().at(-1);
