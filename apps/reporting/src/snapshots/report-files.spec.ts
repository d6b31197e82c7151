import type { Report } from './report';
import { reportCsv, reportJson, sha256, swedishNumber } from './report-files';

const report = (figures: Report['sections'][number]['figures']): Report => ({
  snapshotId: '9a4c6e8b-2d1f-4a3e-8b5c-7d9e1f3a5b6c',
  scope: { kind: 'OFFICE', officeId: 'af-sodertalje' },
  period: { from: '2026-01-01', to: '2026-06-30' },
  publishedAt: '2026-07-01T08:00:00.000Z',
  sections: [{ key: 'outcomes', title: 'Resultat', figures }],
  offsets: [
    { group: 'reporting.outcomes', topic: 'jobbnatet.job-tracks.v1', partition: 0, offset: '41' },
  ],
});
const shown = (
  key: string,
  label: string,
  value: number,
  unit: 'count' | 'share' | 'days' = 'count',
) => ({ key, label, unit, value, suppressed: false });
const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('the report CSV, for Swedish Excel', () => {
  const csv = reportCsv(
    report([
      shown('participants', 'Deltagare', 12),
      shown('inWorkShare', 'Andel i arbete', 0.625, 'share'),
      shown('medianDaysToJob', 'Mediantid till arbete (dagar)', 50.5, 'days'),
      {
        key: 'preparatory',
        label: 'Förberedande anställning',
        unit: 'count',
        value: null,
        suppressed: true,
      },
    ]),
  );

  it('starts with the UTF-8 byte order mark, so Excel reads å, ä and ö', () => {
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toContain('Förberedande anställning');
  });

  it('separates cells with semicolons and ends every row with CRLF', () => {
    const rows = rowsOf(csv);
    expect(rows[0]).toBe('Avsnitt;Mått;Värde;Undertryckt');
    expect(rows.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows.slice(0, -1).every((row) => row.split(';').length === 4)).toBe(true);
  });

  it('writes numbers with a decimal comma and no digit grouping', () => {
    expect(rowsOf(csv)).toEqual(
      expect.arrayContaining([
        'Resultat;Deltagare;12;',
        'Resultat;Andel i arbete;0,625;',
        'Resultat;Mediantid till arbete (dagar);50,5;',
      ]),
    );
    expect(swedishNumber(12345, 'count')).toBe('12345');
    expect(swedishNumber(0.66666, 'share')).toBe('0,667');
  });

  it('shows a suppressed cell as a dash marked suppressed, never its number', () => {
    expect(rowsOf(csv)).toContain('Resultat;Förberedande anställning;–;ja');
    const leaky = reportCsv(
      report([{ key: 'x', label: 'Avbröt', unit: 'count', value: 3, suppressed: true }]),
    );
    expect(rowsOf(leaky)).toContain('Resultat;Avbröt;–;ja');
    expect(leaky).not.toMatch(/;3;/);
  });

  it('quotes a cell holding a semicolon or a quote, doubling the quote', () => {
    const rows = rowsOf(reportCsv(report([shown('k', 'Anställda; "ackvirerade"', 7)])));
    expect(rows).toContain('Resultat;"Anställda; ""ackvirerade""";7;');
  });

  it('keeps Excel from running a text cell as a formula', () => {
    const rows = rowsOf(reportCsv(report([shown('k', '=HYPERLINK("x")', 7)])));
    expect(rows).toContain(`Resultat;"'=HYPERLINK(""x"")";7;`);
  });

  it('says what the report is in its first rows', () => {
    expect(rowsOf(csv).slice(1, 6)).toEqual([
      'Rapport;Omfattning;Kontor af-sodertalje;',
      'Rapport;Antagna från;2026-01-01;',
      'Rapport;Antagna till;2026-06-30;',
      'Rapport;Publicerad;2026-07-01T08:00:00.000Z;',
      'Rapport;Ögonblicksbild;9a4c6e8b-2d1f-4a3e-8b5c-7d9e1f3a5b6c;',
    ]);
  });
});

describe('the report JSON summary', () => {
  it('has the same figures with keys, decimal points, null when suppressed, and the offsets', () => {
    const json = JSON.parse(
      reportJson(
        report([
          shown('inWorkShare', 'Andel i arbete', 0.625, 'share'),
          { key: 'preparatory', label: 'x', unit: 'count', value: 3, suppressed: true },
        ]),
      ),
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'jobbnatet.report.v1',
      scope: { kind: 'OFFICE', officeId: 'af-sodertalje' },
      sections: [
        {
          key: 'outcomes',
          figures: [
            { key: 'inWorkShare', value: 0.625, suppressed: false },
            { key: 'preparatory', value: null, suppressed: true },
          ],
        },
      ],
      builtFrom: [{ group: 'reporting.outcomes', partition: 0, offset: '41' }],
    });
  });

  it('hashes text as its UTF-8 bytes', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
