import { Module } from '@nestjs/common';
import { TrackCoreService } from './track-core.service';

/**
 * The core every part of this service imports: scoped reads of tracks and `lockForCommand`
 * (and `lockForChange`) for commands on a track.
 */
@Module({ providers: [TrackCoreService], exports: [TrackCoreService] })
export class TrackCoreModule {}
