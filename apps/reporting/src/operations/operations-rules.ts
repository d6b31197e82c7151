/** Day arithmetic on `YYYY-MM-DD` strings, in UTC so no clock change moves a day. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const moved = day(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return iso(moved);
}

/** The same day `months` later, or that month's last day when it has none (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const start = day(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(start.getUTCDate(), last.getUTCDate()));
  return iso(target);
}

/** The months after a job's start at which its retention is checked (DOMAIN.md). */
export const retentionCheckMonths = [3, 6, 12] as const;

/**
 * Days after a retention check's due date before it counts as overdue: the check is a call to the
 * participant and the employer, who are not always reached on the day.
 */
export const retentionGraceDays = 14;

/**
 * The months whose retention check is overdue on `today`: not recorded, and the due date (the
 * start plus that many months) plus the grace is before today.
 */
export function overdueRetentionMonths(
  startDate: string,
  checkedMonths: readonly number[],
  today: string,
  graceDays = retentionGraceDays,
): number[] {
  return retentionCheckMonths.filter(
    (months) =>
      !checkedMonths.includes(months) && addDays(addMonths(startDate, months), graceDays) < today,
  );
}

export interface TrackFollowUps {
  phase: string;
  /** The schedule's interval from the latest `template.applied`; null when none is known. */
  everyDays: number | null;
  /** The day the track last entered IMPLEMENTATION (`track.phase-changed`), if known. */
  implementationSince: string | null;
  /** The latest follow-up held on the track, if any. */
  lastHeldOn: string | null;
}

/**
 * Whether a track is overdue for a follow-up on `today`: it is in IMPLEMENTATION with a known
 * interval, and the interval has passed since the last follow-up held (or since it entered
 * implementation, when none was held then). Due on the day itself, overdue the day after, as
 * job-tracks marks its scheduled meetings.
 */
export function followUpOverdue(track: TrackFollowUps, today: string): boolean {
  if (track.phase !== 'IMPLEMENTATION' || track.everyDays === null) return false;
  const since = [track.implementationSince, track.lastHeldOn]
    .filter((d) => d !== null)
    .sort()
    .at(-1);
  return since !== undefined && addDays(since, track.everyDays) < today;
}
