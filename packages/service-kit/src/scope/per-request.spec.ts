import { groupedLoader, perRequest } from './per-request';

describe('perRequest', () => {
  it('makes one value per request and owner, and a new one for the next request', () => {
    const owner = {};
    let made = 0;
    const make = () => ++made;
    const first = {};
    expect(perRequest(first, owner, make)).toBe(1);
    expect(perRequest(first, owner, make)).toBe(1);
    expect(perRequest(first, {}, make)).toBe(2);
    expect(perRequest({}, owner, make)).toBe(3);
  });
});

describe('groupedLoader', () => {
  it('loads the keys asked for together with one query and hands each its rows, in order', async () => {
    const queries: (readonly string[])[] = [];
    const rows = [
      { owner: 'b', n: 1 },
      { owner: 'a', n: 2 },
      { owner: 'b', n: 3 },
    ];
    const loader = groupedLoader(
      {},
      'test',
      async (keys: readonly string[]) => {
        queries.push(keys);
        return rows.filter((row) => keys.includes(row.owner));
      },
      (row) => row.owner,
    );
    const [a, b, c] = await Promise.all([loader.load('a'), loader.load('b'), loader.load('c')]);
    expect(queries).toEqual([['a', 'b', 'c']]);
    expect(a.map((row) => row.n)).toEqual([2]);
    expect(b.map((row) => row.n)).toEqual([1, 3]);
    expect(c).toEqual([]);
  });
});
