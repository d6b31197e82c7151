/** The four working phases of a job track, in order (DOMAIN.md), then its two ends. */
export const workingPhases = ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'] as const;
export type WorkingPhase = (typeof workingPhases)[number];

export const trackPhases = [...workingPhases, 'CLOSED', 'CANCELLED'] as const;
export type TrackPhase = (typeof trackPhases)[number];

/** A track that is closed or cancelled takes no more commands. */
export function isWorkingPhase(phase: TrackPhase): phase is WorkingPhase {
  return (workingPhases as readonly string[]).includes(phase);
}

/** The phase after `phase`: CLOSING leads to CLOSED; the ends lead nowhere. */
export function nextPhase(phase: TrackPhase): TrackPhase | null {
  switch (phase) {
    case 'PLANNING':
      return 'RECRUITMENT';
    case 'RECRUITMENT':
      return 'IMPLEMENTATION';
    case 'IMPLEMENTATION':
      return 'CLOSING';
    case 'CLOSING':
      return 'CLOSED';
    case 'CLOSED':
    case 'CANCELLED':
      return null;
  }
}

/** Whether work on `itemPhase` is still open while the track is in `current`: not a passed phase. */
export function isPhaseAhead(itemPhase: WorkingPhase, current: WorkingPhase): boolean {
  return workingPhases.indexOf(itemPhase) >= workingPhases.indexOf(current);
}

/** What the API shows as a track's status, derived from its phase (one source of truth). */
export type TrackStatus = 'ACTIVE' | 'CLOSED' | 'CANCELLED';
export const trackStatuses = ['ACTIVE', 'CLOSED', 'CANCELLED'] as const;

export function statusOf(phase: TrackPhase): TrackStatus {
  return isWorkingPhase(phase) ? 'ACTIVE' : phase;
}
