import { randomUUID } from 'node:crypto';
import { type Access, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLog } from '../access-log/access-log.service';
import { display, isUuid } from '../participants/participant-cases';
import { decodeCursor, encodeCursor, pageSize } from '../participants/participant-page';
import { piiLocation } from '../participants/participant-pii';
import {
  participantErased,
  referralAlreadyDecided,
  referralNotAllowed,
  referralNotFound,
} from '../participants/participant.errors';
import { ParticipantsService } from '../participants/participants.service';
import { referralDisclosureOf, referralScopeColumns } from './referral-access';
import type { ReferralConnection, ReferralModel } from './referral.model';
import {
  declineReason,
  type ReferralInput,
  type ReferredPerson,
  referralStatusFilter,
  validateReferral,
} from './referral-rules';

/** A referral row as read. */
interface ReferralRow {
  id: string;
  from_municipality_code: string;
  to_office_id: string;
  identity_number_encrypted: string | null;
  person_encrypted: string | null;
  reason_encrypted: string | null;
  status: string;
  decline_reason: string | null;
  participant_id: string | null;
  referred_at: Date;
  decided_at: Date | null;
}

/** The referred person's details other than the identity number, stored as one document. */
type PersonDocument = Omit<ReferredPerson, 'identityNumber'>;

const columns = `r.id, r.from_municipality_code, r.to_office_id, r.identity_number_encrypted,
  r.person_encrypted, r.reason_encrypted, r.status, r.decline_reason, r.participant_id,
  r.referred_at, r.decided_at`;

export const referralLocation = (column: string, referralId: string) =>
  piiLocation('referral', column, referralId);

type Decision =
  | { status: 'ACCEPTED'; participantId: string }
  | { status: 'DECLINED'; reason: string };

/**
 * Referrals: a municipal case worker refers, an officer of the target office accepts (through the
 * one registration path) or declines. Referring never looks at the participant table: the answer
 * is the same whether or not the person is registered.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly participants: ParticipantsService,
    private readonly accessLog: AccessLog,
  ) {}

  async refer(access: Access, input: ReferralInput): Promise<ReferralModel> {
    const { caller } = access;
    if (caller.role !== 'municipal_case_worker' || !caller.municipalityCode)
      throw referralNotAllowed('refer');
    const { person, officeId, reason } = validateReferral(input, caller.municipalityCode);
    const id = randomUUID();
    const { identityNumber, ...document } = person;
    await this.dataSource.query(
      `INSERT INTO referral (id, from_municipality_code, to_office_id, identity_number_encrypted,
         identity_number_index, person_encrypted, reason_encrypted, status, referred_by, referred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PENDING', $8, now())`,
      [
        id,
        caller.municipalityCode,
        officeId,
        this.cipher.encrypt(identityNumber, referralLocation('identity_number_encrypted', id)),
        this.cipher.indexOf(identityNumber),
        this.cipher.encrypt(
          JSON.stringify(document satisfies PersonDocument),
          referralLocation('person_encrypted', id),
        ),
        this.cipher.encrypt(reason, referralLocation('reason_encrypted', id)),
        caller.userId,
      ],
    );
    return this.readBack(access, id);
  }

  /**
   * Registers the referred person at the officer's office through the one registration path, or
   * links the participant already registered there; another office's participant is refused as in
   * a registration (REGISTERED_AT_OTHER_OFFICE, the look-up logged) and the referral stays pending.
   */
  async accept(access: Access, referralId: string): Promise<ReferralModel> {
    if (access.caller.role !== 'officer') throw referralNotAllowed('decide');
    const [row] = await this.rows(access, [referralId]);
    if (!row) throw referralNotFound();
    if (row.status !== 'PENDING') throw referralAlreadyDecided();
    const person = this.personOf(row);
    if (!person) throw participantErased();
    await this.participants.enrol(
      access,
      { ...person, officeId: row.to_office_id },
      {
        linkAtOwnOffice: true,
        alsoIn: (manager, participantId) =>
          this.decide(manager, access, referralId, { status: 'ACCEPTED', participantId }),
      },
    );
    return this.readBack(access, referralId);
  }

  async decline(access: Access, referralId: string, reason: string): Promise<ReferralModel> {
    if (access.caller.role !== 'officer') throw referralNotAllowed('decide');
    const checked = declineReason(reason);
    await this.dataSource.transaction((manager) =>
      this.decide(manager, access, referralId, { status: 'DECLINED', reason: checked }),
    );
    return this.readBack(access, referralId);
  }

  /** Locks the referral (in the caller's scope) and records the decision once. */
  private async decide(
    manager: EntityManager,
    access: Access,
    referralId: string,
    decision: Decision,
  ): Promise<void> {
    if (!isUuid(referralId)) throw referralNotFound();
    const params: unknown[] = [referralId];
    const inScope = scopeCondition(access.scope, referralScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT r.status FROM referral r WHERE r.id = $1 AND ${inScope} FOR UPDATE OF r`,
      params,
    )) as { status: string }[];
    if (!row) throw referralNotFound();
    if (row.status !== 'PENDING') throw referralAlreadyDecided();
    await manager.query(
      `UPDATE referral SET status = $2, participant_id = $3, decline_reason = $4,
         decided_by = $5, decided_at = now() WHERE id = $1`,
      [
        referralId,
        decision.status,
        decision.status === 'ACCEPTED' ? decision.participantId : null,
        decision.status === 'DECLINED' ? decision.reason : null,
        access.caller.userId,
      ],
    );
  }

  /** The referrals among `ids` the caller reaches, in the order of `ids` (null for others). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(ReferralModel | null)[]> {
    const rows = await this.rows(access, ids);
    const models = await Promise.all(rows.map((row) => this.toModel(access, row)));
    const byId = new Map(models.map((model) => [model.id, model]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One page within the caller's scope, newest first. */
  async page(
    access: Access,
    filter: { status?: readonly string[] | null },
    first: number,
    after?: string | null,
  ): Promise<ReferralConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const where = [scopeCondition(access.scope, referralScopeColumns, params)];
    if (filter.status?.length) {
      params.push(referralStatusFilter(filter.status));
      where.push(`r.status = ANY($${params.length}::text[])`);
    }
    if (after) {
      const cursor = decodeCursor(after);
      params.push(cursor.registeredAt, cursor.id);
      where.push(`(r.referred_at, r.id) < ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${columns} FROM referral r WHERE ${where.join(' AND ')}
       ORDER BY r.referred_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    )) as ReferralRow[];
    const edges = await Promise.all(
      rows.slice(0, limit).map(async (row) => ({
        cursor: encodeCursor({ registeredAt: row.referred_at, id: row.id }),
        node: await this.toModel(access, row),
      })),
    );
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
    };
  }

  private async rows(access: Access, ids: readonly string[]): Promise<ReferralRow[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, referralScopeColumns, params);
    return (await this.dataSource.query(
      `SELECT ${columns} FROM referral r WHERE r.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as ReferralRow[];
  }

  private async readBack(access: Access, id: string): Promise<ReferralModel> {
    const [model] = await this.findVisible(access, [id]);
    return model!;
  }

  private personOf(row: ReferralRow): ReferredPerson | null {
    if (!row.identity_number_encrypted || !row.person_encrypted) return null;
    const document = JSON.parse(
      this.cipher.decrypt(row.person_encrypted, referralLocation('person_encrypted', row.id)),
    ) as PersonDocument;
    return {
      identityNumber: this.cipher.decrypt(
        row.identity_number_encrypted,
        referralLocation('identity_number_encrypted', row.id),
      ),
      ...document,
    };
  }

  /**
   * The GraphQL object as this caller sees it. An officer reading the details of a referral linked
   * to a participant reads that participant's personal data: it is written to the access log.
   */
  private async toModel(access: Access, row: ReferralRow): Promise<ReferralModel> {
    const disclosure = referralDisclosureOf(access.caller, {
      fromMunicipalityCode: row.from_municipality_code,
      toOfficeId: row.to_office_id,
      status: row.status,
    });
    const person = disclosure.details ? this.personOf(row) : null;
    if (person && row.participant_id) {
      await this.accessLog.recorder(
        access.caller,
        access.request,
      )({
        participantId: row.participant_id,
        field: 'referral',
        purpose: 'CASE_MANAGEMENT',
      });
    }
    return {
      id: row.id,
      status: row.status,
      fromMunicipalityCode: row.from_municipality_code,
      officeId: row.to_office_id,
      referredAt: row.referred_at,
      decidedAt: row.decided_at,
      declineReason: disclosure.declineReason ? row.decline_reason : null,
      participantId: row.participant_id,
      identityNumber: person ? display(person.identityNumber) : null,
      givenName: person?.givenName ?? null,
      familyName: person?.familyName ?? null,
      homeMunicipalityCode: person?.homeMunicipalityCode ?? null,
      phone: person?.phone ?? null,
      email: person?.email ?? null,
      reason:
        disclosure.details && row.reason_encrypted
          ? this.cipher.decrypt(row.reason_encrypted, referralLocation('reason_encrypted', row.id))
          : null,
    };
  }
}
