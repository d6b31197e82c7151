import { randomUUID } from 'node:crypto';
import {
  letterOfIntentApprovalsRevokedV1,
  letterOfIntentApprovedV1,
  letterOfIntentCancelledV1,
  letterOfIntentChangedV1,
  letterOfIntentDraftedV1,
  letterOfIntentFulfilledV1,
  letterOfIntentFullyApprovedV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { actionNotAllowed, invalidInput } from '../employers/employer.errors';
import { EmployersService, isUuid } from '../employers/employers.service';
import { letterScopeColumns } from './letter-of-intent-access';
import {
  isFullyApproved,
  type LetterInput,
  type LetterStatus,
  letterNotFound,
  letterStatuses,
  type Party,
  requiredParties,
  staleVersion,
  type Step,
  transition,
  type ValidLetter,
  validateApproval,
  validateLetter,
} from './letter-of-intent-rules';
import type {
  ApprovalModel,
  LetterOfIntentModel,
  LetterVersionModel,
} from './letter-of-intent.model';

interface LetterRow {
  id: string;
  employer_id: string;
  municipality_code: string;
  status: LetterStatus;
  current_version: number;
}

interface VersionRow {
  letter_id: string;
  version: number;
  competence_need_id: string | null;
  job_track_id: string | null;
  internship_places: number;
  interviews: number;
  intended_hires: number;
  steps: Step[];
  valid_from: string;
  valid_until: string;
  preparatory_employment: boolean;
  municipality_code: string;
  written_at: Date;
}

interface ApprovalRow {
  letter_id: string;
  version: number;
  party: Party;
  approved_by: string;
  approved_at: Date;
  revoked_at: Date | null;
}

export const approvalReasonLocation = (approvalId: string) => ({
  table: 'letter_of_intent_approval',
  column: 'reason_encrypted',
  rowId: approvalId,
});

const checkVersion = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalidInput('version', 'version must be the version you read');
  }
  return value;
};

/** Letters of intent: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class LettersOfIntentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly employers: EmployersService,
  ) {}

  /** An officer of an office working with the employer drafts version 1. */
  async draft(
    access: Access,
    input: LetterInput & { employerId: string },
  ): Promise<LetterOfIntentModel> {
    if (access.caller.role !== 'officer') throw actionNotAllowed('draft a letter of intent');
    const valid = validateLetter(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.lockForCommand(manager, access, input.employerId);
      const now = new Date();
      await manager.query(
        `INSERT INTO letter_of_intent
           (id, employer_id, municipality_code, status, current_version, drafted_at, drafted_by)
         VALUES ($1, $2, $3, 'DRAFT', 1, $4, $5)`,
        [id, employer.id, valid.municipalityCode, now, access.caller.userId],
      );
      await this.insertVersion(manager, id, 1, valid, now, access.caller.userId);
      await this.outbox.publish(manager, letterOfIntentDraftedV1, {
        subject: id,
        data: {
          ...this.facts(id, employer.id, 1, valid),
          draftedAt: now.toISOString(),
          draftedBy: access.caller.userId,
        },
      });
    });
    return this.readBack(access, id);
  }

  /** Any change is a new version, and revokes every approval until all parties approve it. */
  async change(
    access: Access,
    input: LetterInput & { letterId: string; version: number },
  ): Promise<LetterOfIntentModel> {
    if (access.caller.role !== 'officer') throw actionNotAllowed('change a letter of intent');
    const version = checkVersion(input.version);
    const valid = validateLetter(input);
    await this.dataSource.transaction(async (manager) => {
      const letter = await this.lock(manager, access, input.letterId);
      if (letter.current_version !== version) throw staleVersion();
      transition(letter.status, 'change');
      const next = version + 1;
      const now = new Date();
      await this.insertVersion(manager, letter.id, next, valid, now, access.caller.userId);
      const revoked = (await manager.query(
        `UPDATE letter_of_intent_approval SET revoked_at = $2
         WHERE letter_id = $1 AND revoked_at IS NULL RETURNING party`,
        [letter.id, now],
      )) as [{ party: Party }[], number];
      const revokedParties = [...new Set(revoked[0].map((row) => row.party))].sort();
      await manager.query(
        `UPDATE letter_of_intent SET current_version = $2, status = 'DRAFT', municipality_code = $3
         WHERE id = $1`,
        [letter.id, next, valid.municipalityCode],
      );
      await this.outbox.publish(manager, letterOfIntentChangedV1, {
        subject: letter.id,
        data: {
          ...this.facts(letter.id, letter.employer_id, next, valid),
          changedAt: now.toISOString(),
          changedBy: access.caller.userId,
        },
      });
      await this.outbox.publish(manager, letterOfIntentApprovalsRevokedV1, {
        subject: letter.id,
        data: {
          letterId: letter.id,
          employerId: letter.employer_id,
          version: next,
          parties: revokedParties,
          revokedCount: revoked[0].length,
          revokedAt: now.toISOString(),
        },
      });
    });
    return this.readBack(access, input.letterId);
  }

  /** One party approves the current version; the last required one makes the letter APPROVED. */
  async approve(
    access: Access,
    input: { letterId: string; version: number; party: string; reason?: string | null },
  ): Promise<LetterOfIntentModel> {
    const version = checkVersion(input.version);
    await this.dataSource.transaction(async (manager) => {
      const letter = await this.lock(manager, access, input.letterId);
      const [current] = (await manager.query(
        'SELECT preparatory_employment FROM letter_of_intent_version WHERE letter_id = $1 AND version = $2',
        [letter.id, letter.current_version],
      )) as { preparatory_employment: boolean }[];
      const approval = validateApproval(
        access.caller.role,
        input.party,
        current!.preparatory_employment,
        input.reason,
      );
      if (letter.current_version !== version) throw staleVersion();
      transition(letter.status, 'approve');
      const approved = (await manager.query(
        `SELECT party FROM letter_of_intent_approval
         WHERE letter_id = $1 AND version = $2 AND revoked_at IS NULL`,
        [letter.id, version],
      )) as { party: Party }[];
      // Approving twice for the same party and version changes nothing.
      if (approved.some((row) => row.party === approval.party)) return;
      const id = randomUUID();
      const now = new Date();
      await manager.query(
        `INSERT INTO letter_of_intent_approval
           (id, letter_id, version, party, approved_by, approved_at, reason_encrypted)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          letter.id,
          version,
          approval.party,
          access.caller.userId,
          now,
          approval.reason === null
            ? null
            : this.cipher.encrypt(approval.reason, approvalReasonLocation(id)),
        ],
      );
      const parties = [...approved.map((row) => row.party), approval.party];
      const required = requiredParties(current!.preparatory_employment);
      await this.outbox.publish(manager, letterOfIntentApprovedV1, {
        subject: letter.id,
        data: {
          letterId: letter.id,
          employerId: letter.employer_id,
          version,
          party: approval.party,
          onBehalfOfParticipant: approval.party === 'PARTICIPANT',
          approvalCount: parties.length,
          requiredCount: required.length,
          approvedAt: now.toISOString(),
          approvedBy: access.caller.userId,
        },
      });
      const full = isFullyApproved(current!.preparatory_employment, parties);
      if (transition(letter.status, 'approve', full) === 'APPROVED') {
        await manager.query("UPDATE letter_of_intent SET status = 'APPROVED' WHERE id = $1", [
          letter.id,
        ]);
        await this.outbox.publish(manager, letterOfIntentFullyApprovedV1, {
          subject: letter.id,
          data: {
            letterId: letter.id,
            employerId: letter.employer_id,
            version,
            parties: required,
            approvedAt: now.toISOString(),
          },
        });
      }
    });
    return this.readBack(access, input.letterId);
  }

  /** An officer closes a letter: fulfilled (from APPROVED) or cancelled (from DRAFT or APPROVED). */
  async close(
    access: Access,
    input: { letterId: string; version: number },
    action: 'fulfil' | 'cancel',
  ): Promise<LetterOfIntentModel> {
    if (access.caller.role !== 'officer') throw actionNotAllowed(`${action} a letter of intent`);
    const version = checkVersion(input.version);
    await this.dataSource.transaction(async (manager) => {
      const letter = await this.lock(manager, access, input.letterId);
      if (letter.current_version !== version) throw staleVersion();
      const next = transition(letter.status, action);
      const now = new Date();
      await manager.query(
        'UPDATE letter_of_intent SET status = $2, closed_at = $3, closed_by = $4 WHERE id = $1',
        [letter.id, next, now, access.caller.userId],
      );
      await this.outbox.publish(
        manager,
        action === 'fulfil' ? letterOfIntentFulfilledV1 : letterOfIntentCancelledV1,
        {
          subject: letter.id,
          data: {
            letterId: letter.id,
            employerId: letter.employer_id,
            version,
            previousStatus: letter.status,
            at: now.toISOString(),
            by: access.caller.userId,
          },
        },
      );
    });
    return this.readBack(access, input.letterId);
  }

  /** The letters among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(
    access: Access,
    ids: readonly string[],
  ): Promise<(LetterOfIntentModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, letterScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT l.* FROM letter_of_intent l JOIN employer e ON e.id = l.employer_id
       WHERE l.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as LetterRow[];
    const models = await this.toModels(rows);
    const byId = new Map(models.map((model) => [model.id, model]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The letters of the given employers within the caller's scope, by employer (newest first). */
  async byEmployers(
    access: Access,
    employerIds: readonly string[],
    status: string | null,
  ): Promise<LetterOfIntentModel[]> {
    if (status !== null && !(letterStatuses as readonly string[]).includes(status)) {
      throw invalidInput('status', 'status is not a status of a letter of intent');
    }
    const params: unknown[] = [employerIds.filter(isUuid), status];
    const inScope = scopeCondition(access.scope, letterScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT l.* FROM letter_of_intent l JOIN employer e ON e.id = l.employer_id
       WHERE l.employer_id = ANY($1::uuid[]) AND ($2::text IS NULL OR l.status = $2) AND ${inScope}
       ORDER BY l.drafted_at DESC, l.id`,
      params,
    )) as LetterRow[];
    return this.toModels(rows);
  }

  /** For a command: the letter locked, if the caller reaches it (and its employer); NOT_FOUND otherwise. */
  private async lock(manager: EntityManager, access: Access, letterId: string): Promise<LetterRow> {
    if (typeof letterId !== 'string' || !isUuid(letterId)) throw letterNotFound();
    const params: unknown[] = [letterId];
    const inScope = scopeCondition(access.scope, letterScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT l.* FROM letter_of_intent l JOIN employer e ON e.id = l.employer_id
       WHERE l.id = $1 AND ${inScope} FOR UPDATE OF l`,
      params,
    )) as LetterRow[];
    if (!row) throw letterNotFound();
    // Everyone but a municipal case worker (who reaches the letter through its municipality) acts
    // for the employer too: through the one way into an employer.
    if (access.scope.kind !== 'municipality') {
      await this.employers.lockForCommand(manager, access, row.employer_id).catch(() => {
        throw letterNotFound();
      });
    }
    return row;
  }

  private async insertVersion(
    manager: EntityManager,
    letterId: string,
    version: number,
    valid: ValidLetter,
    at: Date,
    by: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO letter_of_intent_version
         (letter_id, version, competence_need_id, job_track_id, internship_places, interviews,
          intended_hires, steps, valid_from, valid_until, preparatory_employment, municipality_code,
          written_at, written_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        letterId,
        version,
        valid.competenceNeedId,
        valid.jobTrackId,
        valid.internshipPlaces,
        valid.interviews,
        valid.intendedHires,
        JSON.stringify(valid.steps),
        valid.validFrom,
        valid.validUntil,
        valid.preparatoryEmployment,
        valid.municipalityCode,
        at,
        by,
      ],
    );
  }

  private facts(letterId: string, employerId: string, version: number, valid: ValidLetter) {
    return {
      letterId,
      employerId,
      version,
      competenceNeedId: valid.competenceNeedId,
      jobTrackId: valid.jobTrackId,
      internshipPlaces: valid.internshipPlaces,
      interviews: valid.interviews,
      intendedHires: valid.intendedHires,
      stepCount: valid.steps.length,
      validFrom: valid.validFrom,
      validUntil: valid.validUntil,
      preparatoryEmployment: valid.preparatoryEmployment,
      municipalityCode: valid.municipalityCode,
      requiredParties: requiredParties(valid.preparatoryEmployment),
    };
  }

  private async readBack(access: Access, id: string): Promise<LetterOfIntentModel> {
    const [model] = await this.findVisible(access, [id]);
    return model!;
  }

  /** Letters with every version and approval: three statements however many letters. */
  private async toModels(rows: LetterRow[]): Promise<LetterOfIntentModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const versions = (await this.dataSource.query(
      `SELECT letter_id, version, competence_need_id, job_track_id, internship_places, interviews,
              intended_hires, steps, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
              to_char(valid_until, 'YYYY-MM-DD') AS valid_until, preparatory_employment,
              municipality_code, written_at
       FROM letter_of_intent_version WHERE letter_id = ANY($1::uuid[]) ORDER BY version`,
      [ids],
    )) as VersionRow[];
    const approvals = (await this.dataSource.query(
      `SELECT letter_id, version, party, approved_by, approved_at, revoked_at
       FROM letter_of_intent_approval WHERE letter_id = ANY($1::uuid[]) ORDER BY approved_at, id`,
      [ids],
    )) as ApprovalRow[];
    const toApproval = (row: ApprovalRow): ApprovalModel => ({
      party: row.party,
      approvedBy: row.approved_by,
      approvedAt: row.approved_at,
      revokedAt: row.revoked_at,
    });
    const toVersion = (row: VersionRow): LetterVersionModel => ({
      version: row.version,
      subject: { competenceNeedId: row.competence_need_id, jobTrackId: row.job_track_id },
      commitments: {
        internshipPlaces: row.internship_places,
        interviews: row.interviews,
        intendedHires: row.intended_hires,
      },
      steps: row.steps,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      preparatoryEmployment: row.preparatory_employment,
      municipalityCode: row.municipality_code,
      writtenAt: row.written_at,
      approvals: approvals
        .filter((a) => a.letter_id === row.letter_id && a.version === row.version)
        .map(toApproval),
    });
    return rows.map((row) => {
      const all = versions.filter((v) => v.letter_id === row.id).map(toVersion);
      const current = all.find((v) => v.version === row.current_version)!;
      return {
        id: row.id,
        employerId: row.employer_id,
        status: row.status,
        version: row.current_version,
        subject: current.subject,
        commitments: current.commitments,
        steps: current.steps,
        validFrom: current.validFrom,
        validUntil: current.validUntil,
        preparatoryEmployment: current.preparatoryEmployment,
        municipalityCode: current.municipalityCode,
        requiredParties: requiredParties(current.preparatoryEmployment),
        approvals: current.approvals.filter((a) => a.revokedAt === null),
        versions: all,
      };
    });
  }
}
