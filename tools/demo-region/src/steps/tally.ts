/** What a run wrote: per kind of thing, how many were created and how many were found. */
export class Tally {
  private readonly counts = new Map<string, { created: number; found: number }>();

  created(kind: string, n = 1): void {
    this.entry(kind).created += n;
  }

  found(kind: string, n = 1): void {
    this.entry(kind).found += n;
  }

  get totalCreated(): number {
    return [...this.counts.values()].reduce((sum, entry) => sum + entry.created, 0);
  }

  summary(): Record<string, { created: number; found: number }> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  private entry(kind: string) {
    let entry = this.counts.get(kind);
    if (!entry) {
      entry = { created: 0, found: 0 };
      this.counts.set(kind, entry);
    }
    return entry;
  }
}
