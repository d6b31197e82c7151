import { type Access, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { {{entityPascal}}Model } from './{{entityKebab}}.model';
import type { {{servicePascal}}Service } from './{{serviceKebab}}.service';

/**
 * One loader per GraphQL request: `_entities` for many {{entityWords}}s becomes one query, scoped
 * to the caller, so a foreign and a missing id get the same answer (null).
 */
export function {{entityCamel}}Loader(
  access: Access,
  service: {{servicePascal}}Service,
): DataLoader<string, {{entityPascal}}Model | null> {
  return perRequest(
    access.request,
    service,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}
