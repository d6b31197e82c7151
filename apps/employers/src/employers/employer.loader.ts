import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { EmployerModel } from './employer.model';
import type { EmployersService } from './employers.service';

/**
 * One loader per GraphQL request: `_entities` for many employers becomes one query, scoped
 * to the caller, so a foreign and a missing id get the same answer (null).
 */
export function employerLoader(
  access: Access,
  service: EmployersService,
): DataLoader<string, EmployerModel | null> {
  return perRequest(
    access.request,
    service,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}
