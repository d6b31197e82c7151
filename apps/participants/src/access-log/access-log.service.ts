import type { CallerIdentity } from '@jobbnatet/contracts';
import { type Access, perRequest, preparedQuery, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { ReadPurpose } from '../participants/participant-access';
import { invalidInput } from '../participants/participant.errors';
import { pageSize } from '../participants/participant-page';
import type { AccessLogConnection, AccessLogEntryModel } from './access-log.model';

/** One field of one participant read for a purpose. */
export interface FieldRead {
  participantId: string;
  field: string;
  purpose: ReadPurpose;
  adminReason?: string | undefined;
}

interface Entry {
  participantId: string;
  fields: string[];
  purpose: ReadPurpose;
  adminReason: string | null;
}

/** Writes the access log: every read of a person's record through the API leaves one entry. */
@Injectable()
export class AccessLog {
  /** Every read of a person's record writes the log: its insert is planned once per connection. */
  private readonly prepared;

  constructor(private readonly dataSource: DataSource) {
    this.prepared = preparedQuery(dataSource);
  }

  /**
   * The request's recorder. Field reads arriving together (the fields of every row of a list) are
   * merged into one entry per participant and purpose and written with one statement.
   */
  recorder(caller: CallerIdentity, request: object): (read: FieldRead) => Promise<void> {
    const loader = perRequest(
      request,
      this,
      () =>
        new DataLoader<FieldRead, true, string>(
          async (reads) => {
            await this.write(caller, mergeReads(reads));
            return reads.map(() => true);
          },
          { cacheKeyFn: (read) => `${read.participantId}|${read.purpose}|${read.field}` },
        ),
    );
    return async (read) => {
      await loader.load(read);
    };
  }

  /** Records reads made outside a GraphQL answer, such as a registration's duplicate look-up. */
  async record(caller: CallerIdentity, reads: readonly FieldRead[]): Promise<void> {
    await this.write(caller, mergeReads(reads));
  }

  /** A page of the log for an auditor, newest first; the scope decides whether it is empty. */
  async page(
    access: Access,
    filter: { participantId?: string | null; userId?: string | null; flagged?: boolean | null },
    first: number,
    after?: string | null,
  ): Promise<AccessLogConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [scopeCondition(access.scope, {}, params)];
    for (const field of ['participantId', 'userId'] as const) {
      const value = filter[field];
      if (value == null) continue;
      if (!uuidPattern.test(value))
        throw invalidInput(`filter.${field}`, `filter.${field} must be an id`);
      where.push(
        `${field === 'participantId' ? 'participant_id' : 'user_id'} = ${param(value)}::uuid`,
      );
    }
    if (filter.flagged != null) where.push(`flagged = ${param(filter.flagged)}`);
    if (after != null) {
      if (!/^\d{1,18}$/.test(after))
        throw invalidInput('after', 'after is not a cursor this API returned');
      where.push(`id < ${param(after)}::bigint`);
    }
    const rows = (await this.dataSource.query(
      `SELECT * FROM access_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ${param(limit + 1)}`,
      params,
    )) as LogRow[];
    const entries = rows.slice(0, limit).map(toEntry);
    return {
      entries,
      pageInfo: { endCursor: entries.at(-1)?.id ?? null, hasNextPage: rows.length > limit },
    };
  }

  private async write(caller: CallerIdentity, entries: Entry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.prepared(
      `INSERT INTO access_log
         (read_at, user_id, role, participant_id, fields, purpose, admin_reason, flagged, correlation_id)
       SELECT now(), $1, $2, e.participant_id, ARRAY(SELECT jsonb_array_elements_text(e.fields)),
              e.purpose, e.admin_reason, e.admin_reason IS NOT NULL, $3
         FROM jsonb_to_recordset($4::jsonb)
           AS e(participant_id uuid, fields jsonb, purpose text, admin_reason text)`,
      [
        caller.userId,
        caller.role,
        caller.correlationId,
        JSON.stringify(
          entries.map((entry) => ({
            participant_id: entry.participantId,
            fields: entry.fields,
            purpose: entry.purpose,
            admin_reason: entry.adminReason,
          })),
        ),
      ],
    );
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface LogRow {
  id: string;
  read_at: Date;
  user_id: string;
  role: string;
  participant_id: string;
  fields: string[];
  purpose: string;
  admin_reason: string | null;
  flagged: boolean;
  correlation_id: string;
}

const toEntry = (row: LogRow): AccessLogEntryModel => ({
  id: row.id,
  readAt: row.read_at,
  userId: row.user_id,
  role: row.role,
  participantId: row.participant_id,
  fields: row.fields,
  purpose: row.purpose,
  adminReason: row.admin_reason,
  flagged: row.flagged,
  correlationId: row.correlation_id,
});

function mergeReads(reads: readonly FieldRead[]): Entry[] {
  const entries = new Map<string, Entry>();
  for (const read of reads) {
    const key = `${read.participantId}|${read.purpose}`;
    const entry = entries.get(key) ?? {
      participantId: read.participantId,
      fields: [],
      purpose: read.purpose,
      adminReason: read.adminReason ?? null,
    };
    if (!entry.fields.includes(read.field)) entry.fields.push(read.field);
    entries.set(key, entry);
  }
  return [...entries.values()];
}
