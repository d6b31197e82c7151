import { Module } from '@nestjs/common';
import { TrackEntity } from './track.entity';
import { JobTracksResolver } from './job-tracks.resolver';
import { JobTracksService } from './job-tracks.service';

/** The tables this service maps (the kit adds its own). */
export const jobTracksEntities = [TrackEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const jobTracksResolvers = [JobTracksResolver];

@Module({ providers: [JobTracksResolver, JobTracksService] })
export class JobTracksModule {}
