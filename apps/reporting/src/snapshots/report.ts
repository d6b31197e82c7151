import type { Cell } from '../aggregates/suppression';

/** Whose report: the whole region, one office, or one municipality. */
export type ReportScope =
  | { kind: 'REGION' }
  | { kind: 'OFFICE'; officeId: string }
  | { kind: 'MUNICIPALITY'; municipalityCode: string };

/** The admission period, both days included (YYYY-MM-DD). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** What a figure measures: how the CSV writes it (a share as a fraction, days with decimals). */
export type FigureUnit = 'count' | 'share' | 'days';

/** One figure of a report: a stable key for machines, a Swedish label for people. */
export interface ReportFigure extends Cell {
  key: string;
  label: string;
  unit: FigureUnit;
}

export interface ReportSectionFigures {
  key: string;
  title: string;
  figures: ReportFigure[];
}

/** The last offset applied per consumer group and topic-partition, when the figures were read. */
export interface AppliedOffset {
  group: string;
  topic: string;
  partition: number;
  offset: string;
}

/** A whole report as published: everything the CSV and the JSON are written from. */
export interface Report {
  snapshotId: string;
  scope: ReportScope;
  period: ReportPeriod;
  publishedAt: string;
  sections: ReportSectionFigures[];
  offsets: AppliedOffset[];
}
