/** A figure shown, or withheld because fewer than the minimum number of persons stand behind it. */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/** A count under construction: `hidden` once it or a sibling's disclosure would reveal it. */
export interface Count {
  n: number;
  hidden: boolean;
}

export const withheld: Cell = { value: null, suppressed: true };

/**
 * Small-group suppression shared by every read model: a count under `minGroupSize` (zero too:
 * "none of them" also tells about each of them), a share or median resting on fewer persons, is
 * withheld.
 */
export function suppression(minGroupSize: number) {
  return {
    count: (n: number): Count => ({ n, hidden: n < minGroupSize }),
    /**
     * A remainder never shown (those with no result yet, drop-outs between stages): hidden when it
     * holds a few persons, but an empty one holds no one, so it withholds nothing beside it.
     */
    residual: (n: number): Count => ({ n, hidden: n > 0 && n < minGroupSize }),
    cell: (c: Count): Cell => (c.hidden ? withheld : { value: c.n, suppressed: false }),
    share: (part: Count, whole: Count): Cell =>
      part.hidden || whole.hidden || whole.n === 0
        ? withheld
        : { value: Math.round((part.n / whole.n) * 1000) / 1000, suppressed: false },
    median: (values: number[]): Cell =>
      values.length < minGroupSize ? withheld : { value: median(values), suppressed: false },
  };
}

/**
 * For each total and its parts, until nothing changes: a withheld total withholds its parts, and a
 * single withheld part among shown ones takes the smallest shown part with it, so no subtraction
 * within one answer recovers a withheld cell.
 */
export function suppressComplements(groups: [Count, Count[]][]): void {
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
