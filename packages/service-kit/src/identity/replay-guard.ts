/**
 * Remembers the id (`jti`) of every forwarded identity this instance accepted, until the identity
 * expires, so a captured header is refused the second time. In memory and per instance: with
 * several instances behind a balancer, a replay that lands on another instance is not caught
 * (docs/adr/0014). Bounded: when full of unexpired ids it refuses new ones rather than forget.
 */
export type Admission = 'fresh' | 'replayed' | 'full';

export class ReplayGuard {
  /** tokenId → expiry (ms). A Map iterates in insertion order, which is close to expiry order. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly capacity = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  admit(tokenId: string, expiresAtSeconds: number): Admission {
    const now = this.now();
    this.forgetExpiredOldest(now);
    const expiry = this.seen.get(tokenId);
    if (expiry !== undefined && expiry > now) return 'replayed';
    if (this.seen.size >= this.capacity) {
      this.forgetAllExpired(now);
      if (this.seen.size >= this.capacity) return 'full';
    }
    this.seen.set(tokenId, expiresAtSeconds * 1000);
    return 'fresh';
  }

  /** Cheap, amortised: drops expired ids from the front until one is still valid. */
  private forgetExpiredOldest(now: number): void {
    for (const [tokenId, expiry] of this.seen) {
      if (expiry > now) return;
      this.seen.delete(tokenId);
    }
  }

  private forgetAllExpired(now: number): void {
    for (const [tokenId, expiry] of this.seen) if (expiry <= now) this.seen.delete(tokenId);
  }
}
