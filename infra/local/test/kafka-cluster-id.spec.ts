import { newClusterId } from '../src/kafka';

describe('a new KRaft cluster id', () => {
  it('is 16 random bytes the storage tool never mistakes for an option', () => {
    // One id in 64 would start with '-' if drawn naively; 2 000 draws make that certain to show.
    const ids = Array.from({ length: 2_000 }, newClusterId);
    expect(ids.filter((id) => id.startsWith('-'))).toEqual([]);
    expect(ids.every((id) => Buffer.from(id, 'base64url').length === 16)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
