import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { ReportModel } from './report.model';
import type { ReportingService } from './reporting.service';

/**
 * One loader per GraphQL request: `_entities` for many reports becomes one query, scoped
 * to the caller, so a foreign and a missing id get the same answer (null).
 */
export function reportLoader(
  access: Access,
  service: ReportingService,
): DataLoader<string, ReportModel | null> {
  return perRequest(
    access.request,
    service,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}
