import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { CompetenceProfileModel } from './competence.model';
import type { CompetenceService } from './competence.service';

/**
 * One loader per GraphQL request and key column: profiles by id (references, a track's profile) or
 * by need, one scoped query per batch, null for a foreign or missing one.
 */
export function competenceProfileLoader(
  access: Access,
  service: CompetenceService,
  by: 'id' | 'need_id',
): DataLoader<string, CompetenceProfileModel | null> {
  return perRequest(
    access.request,
    `competenceProfile:${by}`,
    () => new DataLoader((ids: readonly string[]) => service.findProfiles(access, ids, by)),
  );
}
