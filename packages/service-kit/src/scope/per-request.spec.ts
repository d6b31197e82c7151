import { perRequest } from './per-request';

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
