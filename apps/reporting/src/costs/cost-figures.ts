import { suppression, type Cell } from '../aggregates/suppression';
import {
  admissionWindow,
  type EnrolmentFacts,
  formatSek,
  interventionCostOre,
  perPersonOre,
  supportCostOre,
  type SupportPeriod,
} from './cost-window';

/** One admission of the cohort with the facts that may fall in its window. */
export interface AdmissionCosts {
  admittedOn: string;
  nextAdmittedOn: string | null;
  support: SupportPeriod[];
  enrolments: EnrolmentFacts[];
}

/** An analyst's baseline as the figures use it (öre). */
export interface Baseline {
  activitySupportOre: number;
  interventionOre: number | null;
}

/** SEK with two decimals, or withheld. */
export interface AmountCell {
  value: string | null;
  suppressed: boolean;
}

export interface CostFigures {
  participants: Cell;
  activitySupportPerPerson: AmountCell;
  interventionPerPerson: AmountCell;
  /** Cohort minus baseline, per person; null without a baseline (or its intervention cost). */
  activitySupportDifference: AmountCell | null;
  interventionDifference: AmountCell | null;
}

const withheldAmount: AmountCell = { value: null, suppressed: true };
const shown = (ore: number): AmountCell => ({ value: formatSek(ore), suppressed: false });

/**
 * The cohort's costs per person over `windowMonths` from each admission, and the difference to the
 * baseline. A cohort under the minimum group size shows no figure at all: a mean over a handful
 * of persons, or its difference to a published baseline, tells about each of them.
 */
export function costFigures(
  admissions: readonly AdmissionCosts[],
  windowMonths: number,
  baseline: Baseline | null,
  minGroupSize: number,
): CostFigures {
  const rule = suppression(minGroupSize);
  const group = rule.count(admissions.length);
  if (group.hidden) {
    return {
      participants: rule.cell(group),
      activitySupportPerPerson: withheldAmount,
      interventionPerPerson: withheldAmount,
      activitySupportDifference: baseline ? withheldAmount : null,
      interventionDifference: baseline?.interventionOre != null ? withheldAmount : null,
    };
  }
  let supportOre = 0;
  let interventionOre = 0;
  for (const a of admissions) {
    const window = admissionWindow(a.admittedOn, windowMonths, a.nextAdmittedOn);
    supportOre += supportCostOre(window, a.support);
    interventionOre += interventionCostOre(window, a.enrolments);
  }
  const support = perPersonOre(supportOre, group.n);
  const intervention = perPersonOre(interventionOre, group.n);
  return {
    participants: rule.cell(group),
    activitySupportPerPerson: shown(support),
    interventionPerPerson: shown(intervention),
    activitySupportDifference: baseline ? shown(support - baseline.activitySupportOre) : null,
    interventionDifference:
      baseline?.interventionOre != null ? shown(intervention - baseline.interventionOre) : null,
  };
}
