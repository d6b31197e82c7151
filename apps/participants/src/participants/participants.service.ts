import { randomUUID } from 'node:crypto';
import { participantRegisteredV1, type CallerIdentity } from '@jobbnatet/contracts';
import { Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  maySeeIdentityNumber,
  mayRegister,
  participantScope,
  type ParticipantScope,
} from './participant-access';
import { decodeCursor, encodeCursor, pageSize } from './participant-page';
import {
  ParticipantAlreadyRegisteredError,
  RegistrationNotAllowedError,
} from './participant.errors';
import { ParticipantEntity } from './participant.entity';
import type { ParticipantConnection, ParticipantModel } from './participant.model';
import type { RegisterParticipantInput } from './register-participant.input';
import { validateRegistration } from './registration-rules';

function scopeFilter(scope: ParticipantScope, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'office':
      params.push(scope.officeId);
      return `office_id = $${params.length}`;
    case 'municipality':
      params.push(scope.municipalityCode);
      return `home_municipality_code = $${params.length}`;
    case 'none':
      return 'FALSE';
  }
}

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
  async register(
    caller: CallerIdentity,
    input: RegisterParticipantInput,
  ): Promise<ParticipantModel> {
    const registration = validateRegistration(input);
    if (!mayRegister(caller, registration.officeId, registration.homeMunicipalityCode)) {
      throw new RegistrationNotAllowedError();
    }
    const participant = Object.assign(new ParticipantEntity(), {
      id: randomUUID(),
      identityNumberEncrypted: this.cipher.encrypt(registration.identityNumber),
      identityNumberIndex: this.cipher.blindIndex(registration.identityNumber),
      givenName: registration.givenName,
      familyName: registration.familyName,
      homeMunicipalityCode: registration.homeMunicipalityCode,
      officeId: registration.officeId,
      registeredAt: new Date(),
      registeredBy: caller.userId,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ParticipantEntity, participant);
        await this.outbox.publish(manager, participantRegisteredV1, {
          subject: participant.id,
          data: {
            participantId: participant.id,
            homeMunicipalityCode: participant.homeMunicipalityCode,
            officeId: participant.officeId,
            registeredAt: participant.registeredAt.toISOString(),
            registeredBy: caller.userId,
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ParticipantAlreadyRegisteredError();
      throw error;
    }
    return {
      id: participant.id,
      identityNumber: maySeeIdentityNumber(caller) ? display(registration.identityNumber) : null,
      givenName: participant.givenName,
      familyName: participant.familyName,
      homeMunicipalityCode: participant.homeMunicipalityCode,
      officeId: participant.officeId,
      registeredAt: participant.registeredAt,
    };
  }

  /** The participants among `ids` that the caller may see, in the order of `ids` (null for others). */
  async findVisible(
    caller: CallerIdentity,
    ids: readonly string[],
  ): Promise<(ParticipantModel | null)[]> {
    const params: unknown[] = [ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))];
    const rows = (await this.dataSource.query(
      `SELECT * FROM participant WHERE id = ANY($1::uuid[]) AND ${scopeFilter(participantScope(caller), params)}`,
      params,
    )) as ParticipantRow[];
    const byId = new Map(rows.map((row) => [row.id, this.toModel(caller, row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(
    caller: CallerIdentity,
    first: number,
    after?: string | null,
  ): Promise<ParticipantConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const scope = scopeFilter(participantScope(caller), params);
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM participant WHERE ${scope}`,
      params,
    )) as [{ count: number }];
    let where = scope;
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
      node: this.toModel(caller, row),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
      totalCount: count,
    };
  }

  private toModel(caller: CallerIdentity, row: ParticipantRow): ParticipantModel {
    return {
      id: row.id,
      identityNumber: maySeeIdentityNumber(caller)
        ? display(this.cipher.decrypt(row.identity_number_encrypted))
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
