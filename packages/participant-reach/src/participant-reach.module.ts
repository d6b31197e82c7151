import { Module } from '@nestjs/common';
import { participantReachHandlers } from './participant-reach.handlers';
import { ParticipantReach } from './participant-reach.service';

/** Provides the replica's handlers (for the kit's `consumes`) and `ParticipantReach`. */
@Module({
  providers: [ParticipantReach, ...participantReachHandlers],
  exports: [ParticipantReach, ...participantReachHandlers],
})
export class ParticipantReachModule {}
