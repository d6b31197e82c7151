import type { Access } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { ParticipantModel } from './participant.model';
import type { ParticipantsService } from './participants.service';

const loaders = new WeakMap<object, DataLoader<string, ParticipantModel | null>>();

/**
 * One loader per GraphQL request: `_entities` for 100 participants becomes one query, scoped to
 * the caller, so a foreign and a missing id get the same answer (null).
 */
export function participantLoader(
  access: Access,
  service: ParticipantsService,
): DataLoader<string, ParticipantModel | null> {
  let loader = loaders.get(access.request);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => service.findVisible(access, ids));
    loaders.set(access.request, loader);
  }
  return loader;
}
