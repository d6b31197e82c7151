import { randomUUID } from 'node:crypto';
import { agreementActivatedV1, agreementCreatedV1, agreementEndedV1 } from '@jobbnatet/contracts';
import { swedishDay } from '@jobbnatet/domain-se';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../core/input-rules';
import type { StaffMember } from '../core/staff';
import { agreementNotValid } from '../core/track.errors';
import { agreementScopeColumns, mayWriteAgreement } from './agreement-access';
import {
  agreementNotFound,
  agreementTransitionNotAllowed,
  agreementWriteNotAllowed,
  invalidAgreementInput,
} from './agreement.errors';
import type { CollaborationAgreementModel } from './agreement.model';
import {
  type AgreementInput,
  shownStatus,
  type StoredAgreementStatus,
  type TrackFrame,
  validateAgreement,
  whyAgreementCannotCarry,
} from './agreement-rules';

interface AgreementRow {
  id: string;
  municipality_code: string;
  office_ids: string[];
  valid_from: string;
  valid_to: string;
  contacts: StaffMember[];
  roles_and_responsibilities: string;
  method_suitability: string;
  employer_work: string;
  status: StoredAgreementStatus;
  created_at: Date;
  activated_at: Date | null;
  ended_at: Date | null;
  version: number;
}

function toModel(row: AgreementRow, today: string): CollaborationAgreementModel {
  return {
    id: row.id,
    municipalityCode: row.municipality_code,
    officeIds: row.office_ids,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    contacts: row.contacts,
    rolesAndResponsibilities: row.roles_and_responsibilities,
    methodSuitability: row.method_suitability,
    employerWork: row.employer_work,
    status: shownStatus(row.status, row.valid_to, today),
    createdAt: row.created_at,
    activatedAt: row.activated_at,
    endedAt: row.ended_at,
    version: row.version,
  };
}

/** Use cases of agreements: one method, one transaction, its outbox events; all within scope. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Drafts an agreement and publishes `agreement.created` (ids, codes, dates). */
  async create(access: Access, input: AgreementInput): Promise<CollaborationAgreementModel> {
    const valid = validateAgreement(input);
    if (!mayWriteAgreement(access.caller, valid)) throw agreementWriteNotAllowed();
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO collaboration_agreement (id, municipality_code, office_ids, valid_from, valid_to,
           contacts, roles_and_responsibilities, method_suitability, employer_work, status,
           created_at, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, 'DRAFT', now(), $10, 1)
         RETURNING created_at`,
        [
          id,
          valid.municipalityCode,
          valid.officeIds,
          valid.validFrom,
          valid.validTo,
          JSON.stringify(valid.contacts),
          valid.rolesAndResponsibilities,
          valid.methodSuitability,
          valid.employerWork,
          access.caller.userId,
        ],
      )) as { created_at: Date }[];
      await this.outbox.publish(manager, agreementCreatedV1, {
        subject: id,
        data: {
          agreementId: id,
          municipalityCode: valid.municipalityCode,
          officeIds: valid.officeIds,
          validFrom: valid.validFrom,
          validTo: valid.validTo,
          status: 'DRAFT',
          createdAt: row!.created_at.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    return this.visibleOrFail(access, id);
  }

  /** DRAFT → ACTIVE, unless its last day has passed; `agreement.activated`. */
  async activate(access: Access, agreementId: string): Promise<CollaborationAgreementModel> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockForWrite(manager, access, agreementId);
      if (agreement.status !== 'DRAFT') {
        throw agreementTransitionNotAllowed('only a draft agreement is activated');
      }
      if (agreement.valid_to < swedishDay()) {
        throw agreementTransitionNotAllowed('the agreement’s validity has already ended');
      }
      const [row] = (await manager.query(
        `UPDATE collaboration_agreement SET status = 'ACTIVE', activated_at = now(), activated_by = $2,
           version = version + 1 WHERE id = $1 RETURNING activated_at`,
        [agreement.id, access.caller.userId],
      )) as [{ activated_at: Date }[], number];
      await this.outbox.publish(manager, agreementActivatedV1, {
        subject: agreement.id,
        data: {
          agreementId: agreement.id,
          municipalityCode: agreement.municipality_code,
          validFrom: agreement.valid_from,
          validTo: agreement.valid_to,
          activatedAt: row[0]!.activated_at.toISOString(),
          activatedBy: access.caller.userId,
        },
      });
    });
    return this.visibleOrFail(access, agreementId);
  }

  /** DRAFT or ACTIVE → ENDED: no new track rests on it afterwards; `agreement.ended`. */
  async end(access: Access, agreementId: string): Promise<CollaborationAgreementModel> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockForWrite(manager, access, agreementId);
      if (agreement.status === 'ENDED') {
        throw agreementTransitionNotAllowed('the agreement has already ended');
      }
      const [row] = (await manager.query(
        `UPDATE collaboration_agreement SET status = 'ENDED', ended_at = now(), ended_by = $2,
           version = version + 1 WHERE id = $1 RETURNING ended_at`,
        [agreement.id, access.caller.userId],
      )) as [{ ended_at: Date }[], number];
      await this.outbox.publish(manager, agreementEndedV1, {
        subject: agreement.id,
        data: {
          agreementId: agreement.id,
          from: agreement.status,
          endedAt: row[0]!.ended_at.toISOString(),
          endedBy: access.caller.userId,
        },
      });
    });
    return this.visibleOrFail(access, agreementId);
  }

  /**
   * For a command that puts a track on an agreement: the agreement, read within the caller's
   * agreement scope (AGREEMENT.NOT_FOUND otherwise) and locked FOR SHARE so it cannot end
   * meanwhile, must carry the track (TRACK.AGREEMENT_NOT_VALID saying why otherwise).
   */
  async requireCarrying(
    manager: EntityManager,
    access: Access,
    agreementId: string,
    track: TrackFrame,
  ): Promise<void> {
    const agreement = await this.lock(manager, access, agreementId, 'SHARE');
    const why = whyAgreementCannotCarry(
      {
        status: agreement.status,
        municipalityCode: agreement.municipality_code,
        officeIds: agreement.office_ids,
        validFrom: agreement.valid_from,
        validTo: agreement.valid_to,
      },
      track,
      swedishDay(),
    );
    if (why) throw agreementNotValid(why);
  }

  /** The agreements among `ids` within the caller's scope, in order (null for the rest). */
  async findVisible(
    access: Access,
    ids: readonly string[],
  ): Promise<(CollaborationAgreementModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, agreementScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT a.* FROM collaboration_agreement a WHERE a.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as AgreementRow[];
    const today = swedishDay();
    const byId = new Map(rows.map((row) => [row.id, toModel(row, today)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /** The newest agreements within the caller's scope. */
  async list(access: Access, first: number): Promise<CollaborationAgreementModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      throw invalidAgreementInput('first', 'first must be a whole number 1–200');
    }
    const params: unknown[] = [first];
    const inScope = scopeCondition(access.scope, agreementScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT a.* FROM collaboration_agreement a WHERE ${inScope}
       ORDER BY a.created_at DESC, a.id LIMIT $1`,
      params,
    )) as AgreementRow[];
    const today = swedishDay();
    return rows.map((row) => toModel(row, today));
  }

  private async lock(
    manager: EntityManager,
    access: Access,
    agreementId: string,
    mode: 'UPDATE' | 'SHARE',
  ): Promise<AgreementRow> {
    if (!isUuid(agreementId)) throw agreementNotFound();
    const params: unknown[] = [agreementId];
    const inScope = scopeCondition(access.scope, agreementScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT a.* FROM collaboration_agreement a WHERE a.id = $1 AND ${inScope} FOR ${mode}`,
      params,
    )) as AgreementRow[];
    if (!row) throw agreementNotFound();
    return row;
  }

  private async lockForWrite(
    manager: EntityManager,
    access: Access,
    agreementId: string,
  ): Promise<AgreementRow> {
    const agreement = await this.lock(manager, access, agreementId, 'UPDATE');
    const parties = {
      officeIds: agreement.office_ids,
      municipalityCode: agreement.municipality_code,
    };
    if (!mayWriteAgreement(access.caller, parties)) throw agreementWriteNotAllowed();
    return agreement;
  }

  private async visibleOrFail(access: Access, id: string): Promise<CollaborationAgreementModel> {
    const [agreement] = await this.findVisible(access, [id]);
    if (!agreement) throw agreementNotFound();
    return agreement;
  }
}
