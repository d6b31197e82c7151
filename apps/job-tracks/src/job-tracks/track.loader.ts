import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { TrackModel } from './track.model';
import type { JobTracksService } from './job-tracks.service';

/**
 * One loader per GraphQL request: `_entities` for many tracks becomes one query, scoped
 * to the caller, so a foreign and a missing id get the same answer (null).
 */
export function trackLoader(
  access: Access,
  service: JobTracksService,
): DataLoader<string, TrackModel | null> {
  return perRequest(
    access.request,
    service,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}
