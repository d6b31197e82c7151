import type { CallerIdentity } from '@jobbnatet/contracts';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { ReadPurpose } from '../participants/participant-access';

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

const recorders = new WeakMap<object, DataLoader<FieldRead, true, string>>();

/** Writes the access log: every read of a person's record through the API leaves one entry. */
@Injectable()
export class AccessLog {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The request's recorder. Field reads arriving together (the fields of every row of a list) are
   * merged into one entry per participant and purpose and written with one statement.
   */
  recorder(caller: CallerIdentity, request: object): (read: FieldRead) => Promise<void> {
    let loader = recorders.get(request);
    if (!loader) {
      loader = new DataLoader<FieldRead, true, string>(
        async (reads) => {
          await this.write(caller, mergeReads(reads));
          return reads.map(() => true);
        },
        { cacheKeyFn: (read) => `${read.participantId}|${read.purpose}|${read.field}` },
      );
      recorders.set(request, loader);
    }
    const requestLoader = loader;
    return async (read) => {
      await requestLoader.load(read);
    };
  }

  /** Records reads made outside a GraphQL answer, such as a registration's duplicate look-up. */
  async record(caller: CallerIdentity, reads: readonly FieldRead[]): Promise<void> {
    await this.write(caller, mergeReads(reads));
  }

  private async write(caller: CallerIdentity, entries: Entry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.dataSource.query(
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
