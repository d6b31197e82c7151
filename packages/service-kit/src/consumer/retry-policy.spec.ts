import { exponentialBackoff } from './retry-policy';

describe('exponential backoff', () => {
  it('doubles the wait up to its ceiling, then gives up after the last retry', () => {
    const policy = exponentialBackoff({ retries: 5, initialMs: 100, maxMs: 1_000 });
    expect([1, 2, 3, 4, 5, 6].map(policy)).toEqual([100, 200, 400, 800, 1_000, undefined]);
  });
});
