import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { OfferingModel } from './offering.model';
import type { ActivitiesService } from './activities.service';

/**
 * One loader per GraphQL request: `_entities` for many offerings becomes one query, scoped
 * to the caller, so a foreign and a missing id get the same answer (null).
 */
export function offeringLoader(
  access: Access,
  service: ActivitiesService,
): DataLoader<string, OfferingModel | null> {
  return perRequest(
    access.request,
    service,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}
