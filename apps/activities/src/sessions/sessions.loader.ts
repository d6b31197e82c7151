import { type Access, groupedLoader } from '@jobbnatet/service-kit';
import type DataLoader from 'dataloader';
import type { SessionModel } from './session.model';
import { type SessionWindow, type SessionsService, windowKey } from './sessions.service';

/**
 * One loader per GraphQL request: the sessions of many offerings (each with its window, as
 * `windowKey`) come from one scoped query.
 */
function sessionsLoader(
  access: Access,
  service: SessionsService,
): DataLoader<string, SessionModel[]> {
  return groupedLoader(
    access.request,
    service,
    (keys: readonly string[]) => service.sessionsIn(access, keys.map(parseWindowKey)),
    (row) => row.key,
  );
}

function parseWindowKey(key: string): SessionWindow {
  const [offeringId, from, to] = key.split('|') as [string, string, string];
  return { offeringId, from, to };
}

export const loadWindow = (
  access: Access,
  service: SessionsService,
  window: SessionWindow,
): Promise<SessionModel[]> => sessionsLoader(access, service).load(windowKey(window));
