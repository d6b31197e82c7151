import {
  type ConsumedEvent,
  type EventDefinition,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantUpdatedV1,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ParticipantReach } from './participant-reach.service';
import type { EventPosition } from './reach-merge';

// Each handler is idempotent twice over: the kit's inbox applies an event id once, and the replica
// ignores what an earlier event says once a later one is in (see mergeReach).

const positionOf = (event: ConsumedEvent<EventDefinition>): EventPosition => ({
  sequence: event.subjectsequence ?? null,
  time: new Date(event.time),
});

@Injectable()
export class ParticipantRegisteredHandler implements EventHandler<typeof participantRegisteredV1> {
  readonly event = participantRegisteredV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantRegisteredV1>, manager: EntityManager) {
    const { participantId, officeId, homeMunicipalityCode } = event.data;
    return this.reach.apply(
      manager,
      participantId,
      { officeId, homeMunicipalityCode, status: 'REGISTERED' },
      positionOf(event),
    );
  }
}

@Injectable()
export class ParticipantUpdatedHandler implements EventHandler<typeof participantUpdatedV1> {
  readonly event = participantUpdatedV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantUpdatedV1>, manager: EntityManager) {
    const { participantId, officeId, homeMunicipalityCode, status } = event.data;
    return this.reach.apply(
      manager,
      participantId,
      { officeId, homeMunicipalityCode, status },
      positionOf(event),
    );
  }
}

@Injectable()
export class ParticipantExitedHandler implements EventHandler<typeof participantExitedV1> {
  readonly event = participantExitedV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantExitedV1>, manager: EntityManager) {
    return this.reach.apply(
      manager,
      event.data.participantId,
      { status: 'EXITED' },
      positionOf(event),
    );
  }
}

/** The replica holds no personal data, so erasure keeps the row, marked ERASED. */
@Injectable()
export class ParticipantErasedHandler implements EventHandler<typeof participantErasedV1> {
  readonly event = participantErasedV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantErasedV1>, manager: EntityManager) {
    return this.reach.apply(
      manager,
      event.data.participantId,
      { status: 'ERASED' },
      positionOf(event),
    );
  }
}

@Injectable()
export class ParticipantConsentGivenHandler
  implements EventHandler<typeof participantConsentGivenV1>
{
  readonly event = participantConsentGivenV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantConsentGivenV1>, manager: EntityManager) {
    return this.reach.consentGiven(manager, event.data);
  }
}

@Injectable()
export class ParticipantConsentWithdrawnHandler
  implements EventHandler<typeof participantConsentWithdrawnV1>
{
  readonly event = participantConsentWithdrawnV1;
  constructor(private readonly reach: ParticipantReach) {}

  handle(event: ConsumedEvent<typeof participantConsentWithdrawnV1>, manager: EntityManager) {
    return this.reach.consentWithdrawn(manager, event.data);
  }
}

/** Every handler of the replica: a service passes them to the kit's `consumes`. */
export const participantReachHandlers = [
  ParticipantRegisteredHandler,
  ParticipantUpdatedHandler,
  ParticipantConsentGivenHandler,
  ParticipantConsentWithdrawnHandler,
  ParticipantExitedHandler,
  ParticipantErasedHandler,
];
