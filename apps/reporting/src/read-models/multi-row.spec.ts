import fc from 'fast-check';
import { firstWins, laterOrEqualWins, winnerPerKey } from './multi-row';

type Record = { key: string; at: string; seq: number };

/** What applying the records one by one leaves, as the per-event SQL does. */
function oneByOne(records: Record[], rule: 'overwrite' | 'first' | 'latest'): Map<string, Record> {
  const rows = new Map<string, Record>();
  for (const record of records) {
    const row = rows.get(record.key);
    if (
      row === undefined ||
      rule === 'overwrite' ||
      (rule === 'latest' && Date.parse(row.at) <= Date.parse(record.at))
    )
      rows.set(record.key, record);
  }
  return rows;
}

const records = fc
  .array(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      at: fc.constantFrom(
        '2026-01-01T00:00:00Z',
        '2026-01-02T00:00:00Z',
        '2026-01-02T00:00:00.000+00:00',
      ),
    }),
    { maxLength: 12 },
  )
  .map((list) => list.map((record, seq) => ({ ...record, seq })));

describe('winnerPerKey', () => {
  it('leaves per key what applying the events one by one would leave', () => {
    fc.assert(
      fc.property(records, (list) => {
        const expect_ = (
          rule: 'overwrite' | 'first' | 'latest',
          replaces?: (n: Record, k: Record) => boolean,
        ) => {
          const batched = new Map(
            winnerPerKey(list, (r) => r.key, replaces).map((r) => [r.key, r]),
          );
          expect(batched).toEqual(oneByOne(list, rule));
        };
        expect_('overwrite');
        expect_('first', firstWins);
        expect_(
          'latest',
          laterOrEqualWins((r: Record) => r.at),
        );
      }),
      { numRuns: 100 },
    );
  });
});
