import { randomUUID } from 'node:crypto';
import {
  type ConsentPurpose,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, groupedLoader } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isResponsibleOffice } from '../participants/participant-access';
import { factsOf, isUuid, ParticipantCases } from '../participants/participant-cases';
import {
  actionNotAllowed,
  invalidInput,
  notFound,
  participantError,
} from '../participants/participant.errors';
import {
  type ConsentInput,
  mayRecordWithdrawal,
  pastDate,
  swedishToday,
  validateConsent,
} from './consent-rules';
import type { ConsentModel } from './consent.model';

interface ConsentRow {
  id: string;
  participant_id: string;
  purpose: ConsentPurpose;
  municipality_code: string;
  given_on: string;
  given_by: string;
  recorded_at: Date;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
}

const toModel = (row: ConsentRow): ConsentModel => ({
  id: row.id,
  purpose: row.purpose,
  municipalityCode: row.municipality_code,
  givenOn: row.given_on,
  givenBy: row.given_by,
  recordedAt: row.recorded_at,
  withdrawnOn: row.withdrawn_on,
  withdrawnBy: row.withdrawn_by,
  valid: row.withdrawn_on === null,
});

/** Samtycke: recorded by the responsible office, withdrawn by it or by the municipality named. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cases: ParticipantCases,
  ) {}

  async give(access: Access, input: ConsentInput): Promise<ConsentModel> {
    const consent = validateConsent(input, swedishToday());
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, consent.participantId);
      if (!isResponsibleOffice(access.caller, factsOf(row)))
        throw actionNotAllowed('record consent');
      const [valid] = (await manager.query(
        `SELECT 1 FROM consent WHERE participant_id = $1 AND purpose = $2 AND municipality_code = $3
           AND withdrawn_at IS NULL`,
        [row.id, consent.purpose, consent.municipalityCode],
      )) as unknown[];
      if (valid) {
        throw participantError(
          'PARTICIPANT.CONSENT_ALREADY_GIVEN',
          'a valid consent for this purpose and municipality is already recorded',
          'purpose',
        );
      }
      await manager.query(
        `INSERT INTO consent (id, participant_id, purpose, municipality_code, given_on, given_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [
          id,
          row.id,
          consent.purpose,
          consent.municipalityCode,
          consent.givenOn,
          access.caller.userId,
        ],
      );
      await this.outbox.publish(manager, participantConsentGivenV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          consentId: id,
          purpose: consent.purpose,
          municipalityCode: consent.municipalityCode,
          givenOn: consent.givenOn,
          recordedBy: access.caller.userId,
        },
      });
    });
    return this.one(id);
  }

  /** Takes effect on the caller's next request: nothing that decides disclosure is cached. */
  async withdraw(
    access: Access,
    input: { consentId: string; withdrawnOn: string },
  ): Promise<ConsentModel> {
    if (!isUuid(input.consentId)) throw notFound('consentId');
    const withdrawnOn = pastDate('withdrawnOn', input.withdrawnOn, swedishToday());
    await this.dataSource.transaction(async (manager) => {
      const [consent] = (await manager.query('SELECT * FROM consent WHERE id = $1', [
        input.consentId,
      ])) as ConsentRow[];
      if (!consent) throw notFound('consentId');
      const row = await this.cases
        .lockForCommand(manager, access, consent.participant_id)
        .catch(() => Promise.reject(notFound('consentId')));
      const allowed = mayRecordWithdrawal(
        access.caller,
        { municipalityCode: consent.municipality_code },
        isResponsibleOffice(access.caller, factsOf(row)),
      );
      if (!allowed) throw actionNotAllowed('withdraw this consent');
      if (withdrawnOn < consent.given_on) {
        throw invalidInput('withdrawnOn', 'withdrawnOn must not be before the consent was given');
      }
      const updated = (await manager.query(
        `UPDATE consent SET withdrawn_on = $2, withdrawn_by = $3, withdrawn_at = now()
         WHERE id = $1 AND withdrawn_at IS NULL RETURNING id`,
        [consent.id, withdrawnOn, access.caller.userId],
      )) as [unknown[], number];
      if (updated[1] === 0) {
        throw participantError(
          'PARTICIPANT.CONSENT_ALREADY_WITHDRAWN',
          'this consent has already been withdrawn',
          'consentId',
        );
      }
      await this.outbox.publish(manager, participantConsentWithdrawnV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          consentId: consent.id,
          purpose: consent.purpose,
          municipalityCode: consent.municipality_code,
          withdrawnOn,
          recordedBy: access.caller.userId,
        },
      });
    });
    return this.one(input.consentId);
  }

  /** A participant's consents; those of a list of participants come with one statement. */
  async of(request: object, participantId: string): Promise<ConsentModel[]> {
    const loader = groupedLoader(
      request,
      this,
      (ids: readonly string[]) =>
        this.dataSource.query(
          'SELECT * FROM consent WHERE participant_id = ANY($1::uuid[]) ORDER BY recorded_at DESC',
          [ids],
        ) as Promise<ConsentRow[]>,
      (row) => row.participant_id,
    );
    return (await loader.load(participantId)).map(toModel);
  }

  private async one(id: string): Promise<ConsentModel> {
    const [row] = (await this.dataSource.query('SELECT * FROM consent WHERE id = $1', [
      id,
    ])) as ConsentRow[];
    return toModel(row!);
  }
}
