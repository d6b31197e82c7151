import { randomUUID } from 'node:crypto';
import { type ParticipantStatus, participantUpdatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { historyFields, planChange, type PlannedChange } from './change-rules';
import { NationalRegister } from './national-register';
import { isResponsibleOffice } from './participant-access';
import { factsOf, ParticipantCases, type ParticipantRow } from './participant-cases';
import { identityNumberLocation, piiLocation } from './participant-pii';
import { actionNotAllowed, alreadyRegistered, staleVersion } from './participant.errors';
import type { ParticipantModel } from './participant.model';
import { type UpdateInput, validateUpdate } from './registration-rules';

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** Changes to a participant by the responsible office, each identity and contact change kept. */
@Injectable()
export class ParticipantChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
    private readonly register: NationalRegister,
  ) {}

  async update(
    access: Access,
    input: UpdateInput & { participantId: string; version: number },
  ): Promise<ParticipantModel> {
    const update = validateUpdate(input);
    const corrected = update.identityNumber;
    // A corrected identity number must not be someone else's.
    const refuseTaken = async () => {
      if (corrected === undefined) return;
      if (await this.register.atOwnOffice(access, corrected, input.participantId)) {
        throw alreadyRegistered();
      }
    };
    await refuseTaken();
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lockForCommand(manager, access, input.participantId);
        if (!isResponsibleOffice(access.caller, factsOf(row))) {
          throw actionNotAllowed('change the details');
        }
        if (row.version !== input.version) throw staleVersion();
        const plan = planChange(this.currentValues(row), update);
        if (plan.changed.length > 0) await this.apply(manager, access, row, plan);
      });
    } catch (error) {
      if (isUniqueViolation(error)) await refuseTaken();
      throw error;
    }
    return this.cases.readBack(access, input.participantId);
  }

  private currentValues(row: ParticipantRow) {
    return {
      identityNumber: row.identity_number_encrypted
        ? this.cipher.decrypt(row.identity_number_encrypted, identityNumberLocation(row.id))
        : null,
      givenName: row.given_name,
      familyName: row.family_name,
      contact: this.cases.contactOf(row),
      languages: row.languages,
      educationLevel: row.education_level,
      drivingLicences: row.driving_licences,
      labourMarketProgramme: row.labour_market_programme,
      responsibleOfficerId: row.responsible_officer_id,
      homeMunicipalityCode: row.home_municipality_code,
    };
  }

  private async apply(
    manager: EntityManager,
    access: Access,
    row: ParticipantRow,
    { before, after, next, changed }: PlannedChange,
  ): Promise<void> {
    const now = new Date();
    for (const field of historyFields.filter((field) => changed.includes(field))) {
      const changeId = randomUUID();
      const seal = (column: string, value: unknown) =>
        value === null
          ? null
          : this.cipher.encrypt(
              JSON.stringify(value),
              piiLocation('participant_change', column, changeId),
            );
      await manager.query(
        `INSERT INTO participant_change (id, participant_id, field, old_value_encrypted, new_value_encrypted, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          changeId,
          row.id,
          field,
          seal('old_value_encrypted', before[field]),
          seal('new_value_encrypted', after[field]),
          access.caller.userId,
          now,
        ],
      );
    }
    const identity = changed.includes('identityNumber') ? (after.identityNumber as string) : null;
    await manager.query(
      `UPDATE participant SET
         identity_number_encrypted = COALESCE($2, identity_number_encrypted),
         identity_number_index = COALESCE($3, identity_number_index),
         given_name = $4, family_name = $5, contact_encrypted = $6, languages = $7,
         education_level = $8, driving_licences = $9, labour_market_programme = $10,
         responsible_officer_id = $11, home_municipality_code = $12, version = version + 1
       WHERE id = $1`,
      [
        row.id,
        identity && this.cipher.encrypt(identity, identityNumberLocation(row.id)),
        identity && this.cipher.indexOf(identity),
        after.givenName,
        after.familyName,
        this.cases.encryptContact(row.id, next.contact),
        next.languages,
        next.educationLevel,
        next.drivingLicences,
        next.labourMarketProgramme,
        next.responsibleOfficerId,
        next.homeMunicipalityCode,
      ],
    );
    await this.outbox.publish(manager, participantUpdatedV1, {
      subject: row.id,
      data: {
        participantId: row.id,
        changedFields: changed,
        status: row.status as ParticipantStatus,
        homeMunicipalityCode: next.homeMunicipalityCode,
        officeId: row.office_id,
        responsibleOfficerId: next.responsibleOfficerId,
        updatedAt: now.toISOString(),
        updatedBy: access.caller.userId,
      },
    });
  }
}
