import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { JobTrackModel } from './job-track.model';
import type { TrackCoreService } from './track-core.service';

/**
 * One loader per GraphQL request: `_entities` for many tracks becomes one query, scoped to the
 * caller, so a foreign and a missing id get the same answer (null).
 */
export function jobTrackLoader(
  access: Access,
  core: TrackCoreService,
): DataLoader<string, JobTrackModel | null> {
  return perRequest(
    access.request,
    core,
    () => new DataLoader((ids: readonly string[]) => core.findVisible(access, ids)),
  );
}
