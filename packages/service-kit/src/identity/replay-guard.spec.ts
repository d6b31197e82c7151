import { ReplayGuard } from './replay-guard';

describe('replay guard', () => {
  let now = 1_000_000;
  const clock = () => now;
  const in60s = () => now / 1000 + 60;

  it('admits an id once and refuses it again while it is valid', () => {
    const guard = new ReplayGuard(10, clock);
    expect(guard.admit('a', in60s())).toBe('fresh');
    expect(guard.admit('a', in60s())).toBe('replayed');
    expect(guard.admit('b', in60s())).toBe('fresh');
  });

  it('forgets ids once they have expired, so memory stays bounded by the lifetime', () => {
    const guard = new ReplayGuard(2, clock);
    guard.admit('a', in60s());
    guard.admit('b', in60s());
    now += 61_000;
    expect(guard.admit('c', in60s())).toBe('fresh');
    expect(guard.admit('d', in60s())).toBe('fresh');
  });

  it('refuses new ids rather than forget unexpired ones when full', () => {
    const guard = new ReplayGuard(2, clock);
    guard.admit('a', in60s());
    guard.admit('b', in60s());
    expect(guard.admit('c', in60s())).toBe('full');
    expect(guard.admit('a', in60s())).toBe('replayed');
  });
});
