import { randomUUID } from 'node:crypto';
import { participantRegisteredV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { mayRegister, maySeeIdentityNumber, participantScopeColumns } from './participant-access';
import { decodeCursor, encodeCursor, pageSize } from './participant-page';
import { identityNumberLocation } from './participant-pii';
import { alreadyRegistered, registrationNotAllowed } from './participant.errors';
import { ParticipantEntity } from './participant.entity';
import type { ParticipantConnection, ParticipantModel } from './participant.model';
import { type RegistrationInput, validateRegistration } from './registration-rules';

interface ParticipantRow {
  id: string;
  identity_number_encrypted: string;
  given_name: string;
  family_name: string;
  home_municipality_code: string;
  office_id: string;
  registered_at: Date;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505'
  );
}

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
  ) {}

  /** Registers a participant and its `participant.registered` event in one transaction. */
  async register(access: Access, input: RegistrationInput): Promise<ParticipantModel> {
    const registration = validateRegistration(input);
    if (!mayRegister(access.scope, registration)) throw registrationNotAllowed();
    const id = randomUUID();
    const participant = Object.assign(new ParticipantEntity(), {
      id,
      identityNumberEncrypted: this.cipher.encrypt(
        registration.identityNumber,
        identityNumberLocation(id),
      ),
      identityNumberIndex: this.cipher.indexOf(registration.identityNumber),
      givenName: registration.givenName,
      familyName: registration.familyName,
      homeMunicipalityCode: registration.homeMunicipalityCode,
      officeId: registration.officeId,
      registeredAt: new Date(),
      registeredBy: access.caller.userId,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.refuseIfIndexedUnderRetiredKey(manager, registration.identityNumber);
        await manager.insert(ParticipantEntity, participant);
        await this.outbox.publish(manager, participantRegisteredV1, {
          subject: participant.id,
          data: {
            participantId: participant.id,
            homeMunicipalityCode: participant.homeMunicipalityCode,
            officeId: participant.officeId,
            registeredAt: participant.registeredAt.toISOString(),
            registeredBy: access.caller.userId,
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRegistered();
      throw error;
    }
    return {
      id: participant.id,
      identityNumber: maySeeIdentityNumber(access.caller.role)
        ? display(registration.identityNumber)
        : null,
      givenName: participant.givenName,
      familyName: participant.familyName,
      homeMunicipalityCode: participant.homeMunicipalityCode,
      officeId: participant.officeId,
      registeredAt: participant.registeredAt,
    };
  }

  /**
   * The unique index catches a second registration under the active blind-index key; during a key
   * rotation, rows not yet re-indexed carry a retired key's value, so those are looked up too.
   */
  private async refuseIfIndexedUnderRetiredKey(
    manager: EntityManager,
    identityNumber: string,
  ): Promise<void> {
    const retired = this.cipher.indexesOf(identityNumber).slice(1);
    if (retired.length === 0) return;
    const found = (await manager.query(
      'SELECT 1 FROM participant WHERE identity_number_index = ANY($1::text[]) LIMIT 1',
      [retired],
    )) as unknown[];
    if (found.length > 0) throw alreadyRegistered();
  }

  /** The participants among `ids` within the caller's scope, in the order of `ids` (null for others). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(ParticipantModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))];
    const inScope = scopeCondition(access.scope, participantScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT * FROM participant WHERE id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as ParticipantRow[];
    const byId = new Map(rows.map((row) => [row.id, this.toModel(access, row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One page of the participants within the caller's scope, newest first. */
  async page(access: Access, first: number, after?: string | null): Promise<ParticipantConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const inScope = scopeCondition(access.scope, participantScopeColumns, params);
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM participant WHERE ${inScope}`,
      params,
    )) as [{ count: number }];
    let where = inScope;
    const pageParams = [...params];
    if (after) {
      const cursor = decodeCursor(after);
      pageParams.push(cursor.registeredAt, cursor.id);
      where += ` AND (registered_at, id) < ($${pageParams.length - 1}, $${pageParams.length}::uuid)`;
    }
    pageParams.push(limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT * FROM participant WHERE ${where} ORDER BY registered_at DESC, id DESC LIMIT $${pageParams.length}`,
      pageParams,
    )) as ParticipantRow[];
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor({ registeredAt: row.registered_at, id: row.id }),
      node: this.toModel(access, row),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
      totalCount: count,
    };
  }

  private toModel(access: Access, row: ParticipantRow): ParticipantModel {
    return {
      id: row.id,
      identityNumber: maySeeIdentityNumber(access.caller.role)
        ? display(
            this.cipher.decrypt(row.identity_number_encrypted, identityNumberLocation(row.id)),
          )
        : null,
      givenName: row.given_name,
      familyName: row.family_name,
      homeMunicipalityCode: row.home_municipality_code,
      officeId: row.office_id,
      registeredAt: row.registered_at,
    };
  }
}

/** YYYYMMDD-NNNN, the form people read. */
function display(canonical: string): string {
  return `${canonical.slice(0, 8)}-${canonical.slice(8)}`;
}
