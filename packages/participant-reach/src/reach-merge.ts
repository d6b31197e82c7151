import type { participantStatuses } from '@jobbnatet/contracts';

export type ReachStatus = (typeof participantStatuses)[number];

/** Where an event stands among its participant's events: the subject sequence, else its time. */
export interface EventPosition {
  sequence: number | null;
  time: Date;
}

/** One participant as the replica holds it. */
export interface ReachRow {
  participantId: string;
  officeId: string | null;
  homeMunicipalityCode: string | null;
  status: ReachStatus;
  position: EventPosition;
}

/** What one event says about a participant; absent fields it does not carry. */
export interface ReachUpdate {
  officeId?: string;
  homeMunicipalityCode?: string;
  status: ReachStatus;
}

/** Whether `incoming` comes after `stored`: by sequence when both have one, else by time. */
export function isLater(incoming: EventPosition, stored: EventPosition): boolean {
  if (incoming.sequence !== null && stored.sequence !== null) {
    return incoming.sequence > stored.sequence;
  }
  return incoming.time.getTime() > stored.time.getTime();
}

/**
 * The row after an event. A later event wins; an earlier one, arriving late, changes nothing it
 * has not itself been first to say: it only fills an office or municipality still unknown (an exit
 * seen before the registration), so out-of-order delivery never regresses the row.
 */
export function mergeReach(
  stored: ReachRow | undefined,
  participantId: string,
  update: ReachUpdate,
  position: EventPosition,
): ReachRow {
  if (!stored) {
    return {
      participantId,
      officeId: update.officeId ?? null,
      homeMunicipalityCode: update.homeMunicipalityCode ?? null,
      status: update.status,
      position,
    };
  }
  if (isLater(position, stored.position)) {
    return {
      participantId,
      officeId: update.officeId ?? stored.officeId,
      homeMunicipalityCode: update.homeMunicipalityCode ?? stored.homeMunicipalityCode,
      status: update.status,
      position,
    };
  }
  return {
    ...stored,
    officeId: stored.officeId ?? update.officeId ?? null,
    homeMunicipalityCode: stored.homeMunicipalityCode ?? update.homeMunicipalityCode ?? null,
  };
}
