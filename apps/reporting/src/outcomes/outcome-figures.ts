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
  /** Per month of check (3, 6, 12): still employed at it, or not; absent when not checked. */
  retention: Partial<Record<number, boolean>>;
}

/** A figure shown, or withheld because fewer than the minimum number of persons stand behind it. */
export interface Cell {
  value: number | null;
  suppressed: boolean;
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
  retention: { months: number; checked: Cell; retained: Cell; share: Cell }[];
}

/** A count under construction: `hidden` once it or a sibling's disclosure would reveal it. */
interface Count {
  n: number;
  hidden: boolean;
}

const retentionMonths = [3, 6, 12] as const;

/**
 * The outcomes of a cohort with small-group suppression: a count under `minGroupSize` (zero too:
 * "none of them" also tells about each of them), a share or median resting on fewer persons, is
 * withheld. Counts that add up to a shown total are suppressed in pairs (the smallest other part
 * goes too), and the parts of a withheld total are withheld, so no subtraction within one answer
 * recovers a withheld cell. Differences between two answers (e.g. two periods one day apart) can
 * still single out a person; README "Suppression" states that limit.
 */
export function outcomeFigures(
  people: readonly PersonOutcome[],
  minGroupSize: number,
): OutcomeFigures {
  const count = (n: number): Count => ({ n, hidden: n < minGroupSize });
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
    none: where((p) => p.result === null),
  };
  suppressComplements([
    [participants, [inWork, count(people.length - working.length)]],
    [inWork, Object.values(forms)],
    [forms.subsidised, byKind.map((k) => k.count)],
    [participants, Object.values(results)],
  ]);
  const acquired = count(working.filter((p) => p.acquired).length);
  const daysToJob = working.map((p) => p.daysToJob).filter((d) => d !== null);
  const daysToUnsubsidised = people.map((p) => p.daysToUnsubsidisedJob).filter((d) => d !== null);
  const cell = (c: Count): Cell => (c.hidden ? withheld : { value: c.n, suppressed: false });
  const share = (part: Count, whole: Count): Cell =>
    part.hidden || whole.hidden || whole.n === 0
      ? withheld
      : { value: Math.round((part.n / whole.n) * 1000) / 1000, suppressed: false };
  const medianOf = (values: number[]): Cell =>
    values.length < minGroupSize ? withheld : { value: median(values), suppressed: false };
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

const withheld: Cell = { value: null, suppressed: true };

/**
 * For each total and its parts, until nothing changes: a withheld total withholds its parts, and a
 * single withheld part among shown ones takes the smallest shown part with it.
 */
function suppressComplements(groups: [Count, Count[]][]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [total, parts] of groups) {
      const shown = parts.filter((p) => !p.hidden);
      if (total.hidden) {
        for (const part of shown) part.hidden = true;
        changed ||= shown.length > 0;
      } else if (shown.length === parts.length - 1 && shown.length > 0) {
        const smallest = shown.reduce((a, b) => (b.n < a.n ? b : a));
        smallest.hidden = true;
        changed = true;
      }
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
