import { type Access, preparedQuery, scopeCondition } from '@jobbnatet/service-kit';
import { isMunicipalityCode, isOfficeId } from '@jobbnatet/domain-se';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { swedishDate } from '../outcomes/date-rules';
import { retentionCheckDueCondition } from '../outcomes/retention-filter';
import { participantScopeColumns } from './participant-access';
import { ParticipantCases, participantColumns, type ParticipantRow } from './participant-cases';
import { adminReason, decodeCursor, encodeCursor, nameSearch, pageSize } from './participant-page';
import { invalidInput, reasonRequired } from './participant.errors';
import type { ParticipantConnection } from './participant.model';

export interface ParticipantFilter {
  officeId?: string | null;
  mine?: boolean | null;
  municipalityCode?: string | null;
  status?: string[] | null;
  name?: string | null;
  retentionCheckDue?: boolean | null;
}

const officeFilter = (value: string): string => {
  if (!isOfficeId(value)) throw invalidInput('filter.officeId', 'filter.officeId is not an office');
  return value;
};

const municipalityFilter = (value: string): string => {
  if (!isMunicipalityCode(value)) {
    throw invalidInput('filter.municipalityCode', 'filter.municipalityCode is not a kommunkod');
  }
  return value;
};

/** Lists of participants: scope, filters, keyset pages and the count. */
@Injectable()
export class ParticipantList {
  /** A list's statements have a few shapes, run on every page: each is planned once. */
  private readonly query;

  constructor(
    dataSource: DataSource,
    private readonly cases: ParticipantCases,
  ) {
    this.query = preparedQuery(dataSource);
  }

  /**
   * One page within the caller's scope and filter, newest first. The count, only when asked for,
   * comes with the page's rows: one statement, unless the page is empty.
   */
  async page(
    access: Access,
    filter: ParticipantFilter,
    page: { first: number; after?: string | null; reason?: string | null; withCount: boolean },
  ): Promise<ParticipantConnection> {
    const limit = pageSize(page.first);
    const stated = adminReason(page.reason);
    const params: unknown[] = [];
    const where = this.conditions(access, filter, params, stated);
    if (page.after) {
      const cursor = decodeCursor(page.after);
      params.push(cursor.registeredAt, cursor.id);
      where.push(`(p.registered_at, p.id) < ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const counted = page.withCount
      ? `, (${this.countStatement(access, filter, params, stated)}) AS total_count`
      : '';
    params.push(limit + 1);
    const rows = await this.query<ParticipantRow & { total_count?: number }>(
      `SELECT ${participantColumns}${counted} FROM participant p WHERE ${where.join(' AND ')}
       ORDER BY p.registered_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor({ registeredAt: row.registered_at, id: row.id }),
      node: this.cases.toModel(access, row, stated),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
      totalCount: page.withCount
        ? (rows[0]?.total_count ?? (await this.count(access, filter, stated)))
        : 0,
    };
  }

  /** The count alone: for an empty page, which has no row to carry it. */
  private async count(
    access: Access,
    filter: ParticipantFilter,
    stated: string | undefined,
  ): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.query<{ count: number }>(
      this.countStatement(access, filter, params, stated),
      params,
    );
    return row?.count ?? 0;
  }

  /** The count of the filtered list (any cursor aside), its parameters added to `params`. */
  private countStatement(
    access: Access,
    filter: ParticipantFilter,
    params: unknown[],
    stated: string | undefined,
  ): string {
    const tallied = this.tallyCondition(access, filter, params);
    return tallied
      ? `SELECT coalesce(sum(t.participants), 0)::int AS count FROM participant_tally t WHERE ${tallied}`
      : `SELECT count(*)::int AS count FROM participant p
          WHERE ${this.conditions(access, filter, params, stated).join(' AND ')}`;
  }

  /** The caller's scope and the filter, as conditions on `participant p`. */
  private conditions(
    access: Access,
    filter: ParticipantFilter,
    params: unknown[],
    stated: string | undefined,
  ): string[] {
    return [
      scopeCondition(access.scope, participantScopeColumns, params),
      ...this.filterConditions(access, filter, params, stated),
    ];
  }

  /**
   * A list narrowed by office and status alone (an officer's own list, the common case) is counted
   * from the tally kept beside the table; anything finer is counted row by row.
   */
  private tallyCondition(
    access: Access,
    filter: ParticipantFilter,
    params: unknown[],
  ): string | null {
    const finer =
      filter.mine ||
      filter.municipalityCode != null ||
      filter.name != null ||
      filter.retentionCheckDue;
    if (finer || (access.scope.kind !== 'office' && access.scope.kind !== 'all')) return null;
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [scopeCondition(access.scope, { office: 't.office_id' }, params)];
    if (filter.officeId != null)
      where.push(`t.office_id = ${param(officeFilter(filter.officeId))}`);
    where.push(
      filter.status?.length
        ? `t.status = ANY(${param(filter.status)}::text[])`
        : `t.status <> 'ERASED'`,
    );
    return where.join(' AND ');
  }

  private filterConditions(
    access: Access,
    filter: ParticipantFilter,
    params: unknown[],
    stated: string | undefined,
  ): string[] {
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions: string[] = [];
    if (filter.officeId != null)
      conditions.push(`p.office_id = ${param(officeFilter(filter.officeId))}`);
    if (filter.mine)
      conditions.push(`p.responsible_officer_id = ${param(access.caller.userId)}::uuid`);
    if (filter.municipalityCode != null)
      conditions.push(
        `p.home_municipality_code = ${param(municipalityFilter(filter.municipalityCode))}`,
      );
    conditions.push(
      filter.status?.length
        ? `p.status = ANY(${param(filter.status)}::text[])`
        : `p.status <> 'ERASED'`,
    );
    if (filter.name != null) {
      conditions.push(...this.nameCondition(access, nameSearch(filter.name), param, stated));
    }
    if (filter.retentionCheckDue) {
      // Like a name, a due check is personal: matched only where the caller may see it.
      conditions.push(
        retentionCheckDueCondition(param, swedishDate(new Date())),
        ...this.disclosedOnly(access, param, stated),
      );
    }
    return conditions;
  }

  /**
   * A name search only ever matches rows whose names the caller may see: otherwise a hit on a
   * pseudonymous row would tell them who it is.
   */
  private nameCondition(
    access: Access,
    name: string,
    param: (value: unknown) => string,
    stated: string | undefined,
  ): string[] {
    const match = `(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')) ILIKE '%' || ${param(name)} || '%'`;
    return [match, ...this.disclosedOnly(access, param, stated)];
  }

  /** Only rows whose personal data the caller sees (the SQL side of `disclosureOf`). */
  private disclosedOnly(
    access: Access,
    param: (value: unknown) => string,
    stated: string | undefined,
  ): string[] {
    const { caller } = access;
    switch (caller.role) {
      case 'officer':
        return [`p.office_id = ${param(caller.officeId ?? '')}`];
      case 'municipal_case_worker':
        return [
          `EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id AND c.withdrawn_at IS NULL
             AND c.municipality_code = ${param(caller.municipalityCode ?? '')})`,
        ];
      case 'admin':
        if (!stated) throw reasonRequired();
        return [];
      default:
        return ['FALSE'];
    }
  }
}
