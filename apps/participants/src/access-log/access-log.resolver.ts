import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';
import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AccessLogConnection, AccessLogFilterInput } from './access-log.model';
import { AccessLog } from './access-log.service';

/** Admins audit the access log; everyone else finds it empty. */
export const accessLogPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'none',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

@Resolver()
export class AccessLogResolver {
  constructor(private readonly log: AccessLog) {}

  @Scoped(accessLogPolicy)
  @Query(() => AccessLogConnection, {
    description: 'Reads of persons’ records, newest first (admins).',
  })
  accessLog(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => AccessLogFilterInput, nullable: true })
    filter?: AccessLogFilterInput | null,
  ): Promise<AccessLogConnection> {
    return this.log.page(access, filter ?? {}, first, after);
  }
}
