import { type Cell, suppressComplements, suppression } from '../aggregates/suppression';

/** One admitted participant's outcome, as the query derives it; never leaves the service. */
export interface PersonOutcome {
  /** Their best job counted as work (unsubsidised before subsidised before preparatory), if any. */
  form: 'UNSUBSIDISED' | 'SUBSIDISED' | 'PREPARATORY' | null;
  /** The kind of their first counted subsidised job, when that is their best. */
  subsidyKind: string | null;
  acquired: boolean;
  daysToJob: number | null;
  daysToUnsubsidisedJob: number | null;
  result: 'EMPLOYED' | 'OTHER_INTERVENTION' | 'DISCONTINUED' | null;
  /** Why they were not hired (LANGUAGE, HEALTH, …), from the closing result. */
  notHiredReason: string | null;
  /** Per month of check (3, 6, 12): still employed at it, or not; absent when not checked. */
  retention: Partial<Record<number, boolean>>;
}

export interface OutcomeFigures {
  participants: Cell;
  inWork: Cell;
  inWorkShare: Cell;
  unsubsidised: Cell;
  subsidised: Cell;
  subsidisedByKind: { kind: string; count: Cell }[];
  preparatory: Cell;
  acquired: Cell;
  acquiredShare: Cell;
  otherIntervention: Cell;
  discontinued: Cell;
  medianDaysToJob: Cell;
  medianDaysToUnsubsidisedJob: Cell;
  notHiredReasons: { reasonCode: string; count: Cell }[];
  retention: { months: number; checked: Cell; retained: Cell; share: Cell }[];
}

const retentionMonths = [3, 6, 12] as const;

/**
 * The outcomes of a cohort with small-group suppression (`../aggregates/suppression`). Counts
 * that add up to a shown total are suppressed in pairs (the smallest other part goes too), and the
 * parts of a withheld total are withheld, so no subtraction within one answer recovers a withheld
 * cell. Differences between two answers (e.g. two periods one day apart) can
 * still single out a person; README "Suppression" states that limit.
 */
export function outcomeFigures(
  people: readonly PersonOutcome[],
  minGroupSize: number,
): OutcomeFigures {
  const { count, residual, cell, share, median: medianOf } = suppression(minGroupSize);
  const where = (test: (p: PersonOutcome) => boolean) => count(people.filter(test).length);
  const participants = count(people.length);
  const working = people.filter((p) => p.form !== null);
  const inWork = count(working.length);
  const forms = {
    unsubsidised: where((p) => p.form === 'UNSUBSIDISED'),
    subsidised: where((p) => p.form === 'SUBSIDISED'),
    preparatory: where((p) => p.form === 'PREPARATORY'),
  };
  const kinds = [...new Set(working.map((p) => p.subsidyKind).filter((k) => k !== null))].sort();
  const byKind = kinds.map((kind) => ({
    kind,
    count: where((p) => p.form === 'SUBSIDISED' && p.subsidyKind === kind),
  }));
  const results = {
    employed: where((p) => p.result === 'EMPLOYED'),
    otherIntervention: where((p) => p.result === 'OTHER_INTERVENTION'),
    discontinued: where((p) => p.result === 'DISCONTINUED'),
    none: residual(people.filter((p) => p.result === null).length),
  };
  suppressComplements([
    [participants, [inWork, count(people.length - working.length)]],
    [inWork, Object.values(forms)],
    [forms.subsidised, byKind.map((k) => k.count)],
    [participants, Object.values(results)],
  ]);
  // The reasons split those not hired; their sum would reveal a withheld other/discontinued count.
  const reasonCodes = [
    ...new Set(people.map((p) => p.notHiredReason).filter((r) => r !== null)),
  ].sort();
  const reasons = reasonCodes.map((reasonCode) => ({
    reasonCode,
    count: where((p) => p.result !== 'EMPLOYED' && p.notHiredReason === reasonCode),
  }));
  const notHired = count(results.otherIntervention.n + results.discontinued.n);
  notHired.hidden = results.otherIntervention.hidden || results.discontinued.hidden;
  suppressComplements([[notHired, reasons.map((r) => r.count)]]);
  const acquired = count(working.filter((p) => p.acquired).length);
  const daysToJob = working.map((p) => p.daysToJob).filter((d) => d !== null);
  const daysToUnsubsidised = people.map((p) => p.daysToUnsubsidisedJob).filter((d) => d !== null);
  return {
    participants: cell(participants),
    inWork: cell(inWork),
    inWorkShare: share(inWork, participants),
    unsubsidised: cell(forms.unsubsidised),
    subsidised: cell(forms.subsidised),
    subsidisedByKind: byKind.map(({ kind, count: c }) => ({ kind, count: cell(c) })),
    preparatory: cell(forms.preparatory),
    acquired: cell(acquired),
    acquiredShare: share(acquired, inWork),
    otherIntervention: cell(results.otherIntervention),
    discontinued: cell(results.discontinued),
    medianDaysToJob: medianOf(daysToJob),
    medianDaysToUnsubsidisedJob: medianOf(daysToUnsubsidised),
    notHiredReasons: reasons.map(({ reasonCode, count: c }) => ({ reasonCode, count: cell(c) })),
    retention: retentionMonths.map((months) => {
      const checked = where((p) => p.retention[months] !== undefined);
      const retained = where((p) => p.retention[months] === true);
      suppressComplements([[checked, [retained, count(checked.n - retained.n)]]]);
      return {
        months,
        checked: cell(checked),
        retained: cell(retained),
        share: share(retained, checked),
      };
    }),
  };
}
