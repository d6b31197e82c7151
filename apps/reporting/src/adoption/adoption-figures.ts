import { type Cell, suppression } from '../aggregates/suppression';
import type { AdoptionLevel } from './adoption.model';

export interface RegionFigures {
  offices: number;
  adopting: number;
  share: number | null;
  target: number;
  met: boolean;
}

const adoptingLevels: readonly (AdoptionLevel | null)[] = ['PARTIAL', 'FULL'];

/**
 * The region's share of offices adopting partly or fully, against the target. `met` compares the
 * exact fraction (15 of 20 meets 0.75); the shown share is rounded to three decimals.
 */
export function regionFigures(
  levels: readonly (AdoptionLevel | null)[],
  target: number,
): RegionFigures {
  const offices = levels.length;
  const adopting = levels.filter((level) => adoptingLevels.includes(level)).length;
  return {
    offices,
    adopting,
    share: offices === 0 ? null : Math.round((adopting / offices) * 1000) / 1000,
    target,
    // In thousandths, so a float such as 0.7 × 20 cannot miss by a rounding error.
    met: offices > 0 && adopting * 1000 >= Math.round(target * 1000) * offices,
  };
}

export interface EvidenceRow {
  persons: number;
  lastSeenOn: string;
}

/** One part of the method at an office: persons are counted, so small groups are withheld. */
export function evidenceFigures(row: EvidenceRow | undefined, minGroupSize: number) {
  const { count, cell } = suppression(minGroupSize);
  const persons: Cell = cell(count(row?.persons ?? 0));
  return { seen: row !== undefined, persons, lastSeenOn: row?.lastSeenOn ?? null };
}
