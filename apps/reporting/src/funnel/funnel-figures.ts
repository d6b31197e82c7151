import { type Cell, suppressComplements, suppression } from '../aggregates/suppression';

/**
 * How far one person came on a track, each stage implying the ones before it (the query makes it
 * so); never leaves the service. Everyone counted was at least identified.
 */
export interface PersonStages {
  prerequisitesAssessed: boolean;
  admitted: boolean;
  completed: boolean;
  employed: boolean;
}

export interface FunnelFigures {
  identified: Cell;
  prerequisitesAssessed: Cell;
  admitted: Cell;
  completed: Cell;
  employed: Cell;
}

/**
 * The funnel of one track with small-group suppression. Each stage is a part of the one before it
 * (employed and completed both of admitted), so a stage and those who dropped out before it are
 * suppressed as a pair: no subtraction of two shown stages reveals a small group of drop-outs.
 */
export function funnelFigures(
  people: readonly PersonStages[],
  minGroupSize: number,
): FunnelFigures {
  const { count, residual, cell } = suppression(minGroupSize);
  const where = (test: (p: PersonStages) => boolean) => count(people.filter(test).length);
  const identified = count(people.length);
  const assessed = where((p) => p.prerequisitesAssessed);
  const admitted = where((p) => p.admitted);
  const completed = where((p) => p.completed);
  const employed = where((p) => p.employed);
  const rest = (whole: { n: number }, part: { n: number }) => residual(whole.n - part.n);
  suppressComplements([
    [identified, [assessed, rest(identified, assessed)]],
    [assessed, [admitted, rest(assessed, admitted)]],
    [admitted, [completed, rest(admitted, completed)]],
    [admitted, [employed, rest(admitted, employed)]],
  ]);
  return {
    identified: cell(identified),
    prerequisitesAssessed: cell(assessed),
    admitted: cell(admitted),
    completed: cell(completed),
    employed: cell(employed),
  };
}
