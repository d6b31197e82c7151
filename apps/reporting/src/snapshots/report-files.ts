import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FigureUnit, Report, ReportScope } from './report';

/** What a suppressed cell shows instead of its value. */
export const suppressedMark = '–';

const header = ['Avsnitt', 'Mått', 'Värde', 'Undertryckt'];

/**
 * The report as Swedish Excel opens it by double-click: UTF-8 with a BOM (else Excel guesses the
 * ANSI code page and breaks å, ä, ö), `;` between cells (the list separator where the decimal
 * separator is a comma), CRLF, decimal commas. One row per figure; a suppressed cell shows "–" and
 * "ja", never the number. The first rows say what the report is.
 */
export function reportCsv(report: Report): string {
  const rows: string[][] = [
    header,
    ['Rapport', 'Omfattning', scopeLabel(report.scope), ''],
    ['Rapport', 'Antagna från', report.period.from, ''],
    ['Rapport', 'Antagna till', report.period.to, ''],
    ['Rapport', 'Publicerad', report.publishedAt, ''],
    ['Rapport', 'Ögonblicksbild', report.snapshotId, ''],
  ];
  for (const section of report.sections)
    for (const figure of section.figures)
      rows.push([
        section.title,
        figure.label,
        figure.suppressed || figure.value === null
          ? suppressedMark
          : swedishNumber(figure.value, figure.unit),
        figure.suppressed ? 'ja' : '',
      ]);
  return stringify(
    rows.map((row) => row.map(textCell)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
    },
  );
}

/**
 * The same figures for machines: stable keys, numbers with a decimal point, `null` when
 * suppressed, and the offsets the figures were built from.
 */
export function reportJson(report: Report): string {
  return `${JSON.stringify(
    {
      format: 'jobbnatet.report.v1',
      snapshotId: report.snapshotId,
      scope: report.scope,
      period: report.period,
      publishedAt: report.publishedAt,
      sections: report.sections.map((section) => ({
        key: section.key,
        title: section.title,
        figures: section.figures.map((f) => ({
          key: f.key,
          label: f.label,
          unit: f.unit,
          value: f.suppressed ? null : f.value,
          suppressed: f.suppressed,
        })),
      })),
      builtFrom: report.offsets,
    },
    null,
    2,
  )}\n`;
}

export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A decimal comma and no digit grouping, which Excel in a Swedish locale reads as a number. */
export function swedishNumber(value: number, unit: FigureUnit): string {
  const rounded = unit === 'count' ? Math.round(value) : Math.round(value * 1000) / 1000;
  return String(rounded).replace('.', ',');
}

export function scopeLabel(scope: ReportScope): string {
  switch (scope.kind) {
    case 'REGION':
      return 'Regionen';
    case 'OFFICE':
      return `Kontor ${scope.officeId}`;
    case 'MUNICIPALITY':
      return `Kommun ${scope.municipalityCode}`;
  }
}

/** A text cell that Excel would run as a formula (=, +, -, @) gets a leading apostrophe. */
function textCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
