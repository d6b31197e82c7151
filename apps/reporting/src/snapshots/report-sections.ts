import type { Access } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Cell } from '../aggregates/suppression';
import { FunnelService } from '../funnel/funnel.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import type { FigureUnit, ReportFigure, ReportPeriod, ReportScope } from './report';

/** What a section reads with: the publisher's access, inside the snapshot's one transaction. */
export interface SectionContext {
  access: Access;
  scope: ReportScope;
  period: ReportPeriod;
  manager: EntityManager;
}

/**
 * One read model's part of a report. A new read model (costs, adoption) becomes a section by
 * implementing this and adding its class to `reportSections`; it must read through `manager` so
 * its figures agree with the recorded offsets.
 */
export interface ReportSection {
  readonly key: string;
  /** Swedish: the CSV's first column. */
  readonly title: string;
  figures(context: SectionContext): Promise<ReportFigure[]>;
}

const figure = (key: string, label: string, cell: Cell, unit: FigureUnit = 'count') => ({
  key,
  label,
  unit,
  value: cell.value,
  suppressed: cell.suppressed,
});

const place = (scope: ReportScope) =>
  scope.kind === 'OFFICE'
    ? { officeId: scope.officeId }
    : scope.kind === 'MUNICIPALITY'
      ? { municipalityCode: scope.municipalityCode }
      : {};

/** The outcomes of the participants admitted in the period (`OutcomesService`). */
@Injectable()
export class OutcomesSection implements ReportSection {
  readonly key = 'outcomes';
  readonly title = 'Resultat';

  constructor(private readonly outcomes: OutcomesService) {}

  async figures({ access, scope, period, manager }: SectionContext): Promise<ReportFigure[]> {
    const o = await this.outcomes.outcomes(access, { ...place(scope), ...period }, manager);
    return [
      figure('participants', 'Deltagare', o.participants),
      figure('inWork', 'I arbete', o.inWork),
      figure('inWorkShare', 'Andel i arbete', o.inWorkShare, 'share'),
      figure('unsubsidised', 'Osubventionerad anställning', o.unsubsidised),
      figure('subsidised', 'Subventionerad anställning', o.subsidised),
      ...o.subsidisedByKind.map((k) =>
        figure(`subsidised.${k.kind}`, `Subventionerad anställning: ${k.kind}`, k.count),
      ),
      figure('preparatory', 'Förberedande anställning', o.preparatory),
      figure('acquired', 'Ackvirerade jobb', o.acquired),
      figure('acquiredShare', 'Andel ackvirerade jobb av i arbete', o.acquiredShare, 'share'),
      figure('otherIntervention', 'Gick vidare till andra insatser', o.otherIntervention),
      figure('discontinued', 'Avbröt', o.discontinued),
      figure('medianDaysToJob', 'Mediantid till arbete (dagar)', o.medianDaysToJob, 'days'),
      figure(
        'medianDaysToUnsubsidisedJob',
        'Mediantid till osubventionerat arbete (dagar)',
        o.medianDaysToUnsubsidisedJob,
        'days',
      ),
      ...o.retention.flatMap((r) => [
        figure(`retention${r.months}.checked`, `Uppföljda efter ${r.months} mån`, r.checked),
        figure(`retention${r.months}.retained`, `Kvar i arbete efter ${r.months} mån`, r.retained),
        figure(
          `retention${r.months}.share`,
          `Andel kvar i arbete efter ${r.months} mån`,
          r.share,
          'share',
        ),
      ]),
    ];
  }
}

/** The funnel of the tracks in the scope that admitted someone in the period (`FunnelService`). */
@Injectable()
export class FunnelSection implements ReportSection {
  readonly key = 'funnel';
  readonly title = 'Rekryteringstratt';

  constructor(private readonly funnel: FunnelService) {}

  async figures({ access, scope, period, manager }: SectionContext): Promise<ReportFigure[]> {
    const f = await this.funnel.totals(access, place(scope), period, manager);
    return [
      figure('identified', 'Identifierade kandidater', f.identified),
      figure('prerequisitesAssessed', 'Förutsättningar bedömda', f.prerequisitesAssessed),
      figure('admitted', 'Antagna', f.admitted),
      figure('completed', 'Genomförde kedjan', f.completed),
      figure('employed', 'I arbete', f.employed),
    ];
  }
}

/** The sections of every report, in order: one line per read model. */
export const reportSections = [OutcomesSection, FunnelSection];
