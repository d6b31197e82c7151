import { randomBytes, randomUUID } from 'node:crypto';
import {
  type ParticipantStatus,
  participantRegisteredV1,
  participantUpdatedV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { isResponsibleOffice, mayRegister } from './participant-access';
import { factsOf, ParticipantCases, type ParticipantRow } from './participant-cases';
import { identityNumberLocation, piiLocation } from './participant-pii';
import {
  actionNotAllowed,
  alreadyRegistered,
  registeredAtOtherOffice,
  registrationNotAllowed,
  staleVersion,
} from './participant.errors';
import { ParticipantEntity } from './participant.entity';
import type { ParticipantModel } from './participant.model';
import type { Contact } from './person-rules';
import {
  type RegistrationInput,
  type UpdateInput,
  validateRegistration,
  validateUpdate,
} from './registration-rules';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505'
  );
}

/** `D-` and eight characters of Crockford's base32: a label that derives from nothing personal. */
function newPseudonym(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return `D-${Array.from(randomBytes(8), (byte) => alphabet[byte % 32]).join('')}`;
}

/** Fields whose every change is kept, old and new value encrypted. */
const historyFields = [
  'identityNumber',
  'givenName',
  'familyName',
  'phone',
  'email',
  'address',
] as const;
type HistoryField = (typeof historyFields)[number];

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
  ) {}

  /**
   * Registers a participant and its `participant.registered` event in one transaction. Only an
   * officer registers, and is refused before anything is looked up otherwise: a municipality learns
   * nothing about who is registered.
   */
  async register(access: Access, input: RegistrationInput): Promise<ParticipantModel> {
    const { participantId } = await this.enrol(access, input);
    return this.readBack(access, participantId);
  }

  /**
   * The one registration path (a registration, and an officer accepting a referral): checks, the
   * national-register look-up, the insert and its event. `options.linkAtOwnOffice` answers a person
   * already registered at the caller's office with that participant instead of ALREADY_REGISTERED;
   * `options.alsoIn` runs in the registration's transaction (with the existing participant's id
   * when linked), so what it writes stands or falls with it.
   */
  async enrol(
    access: Access,
    input: RegistrationInput,
    options: {
      linkAtOwnOffice?: boolean;
      alsoIn?: (manager: EntityManager, participantId: string) => Promise<void>;
    } = {},
  ): Promise<{ participantId: string; registered: boolean }> {
    if (access.caller.role !== 'officer') throw registrationNotAllowed();
    const registration = validateRegistration(input);
    if (!mayRegister(access.caller, registration)) throw registrationNotAllowed();
    const existing = await this.registeredAtOwnOffice(access, registration.identityNumber);
    if (existing !== undefined) return this.link(existing, options);
    const id = randomUUID();
    const participant = Object.assign(new ParticipantEntity(), {
      id,
      pseudonym: newPseudonym(),
      identityNumberEncrypted: this.cipher.encrypt(
        registration.identityNumber,
        identityNumberLocation(id),
      ),
      identityNumberIndex: this.cipher.indexOf(registration.identityNumber),
      givenName: registration.givenName,
      familyName: registration.familyName,
      contactEncrypted: this.cases.encryptContact(id, {
        phone: registration.phone ?? null,
        email: registration.email ?? null,
        address: registration.address ?? null,
      }),
      languages: registration.languages ?? [],
      educationLevel: registration.educationLevel ?? null,
      drivingLicences: registration.drivingLicences ?? [],
      labourMarketProgramme: registration.labourMarketProgramme ?? null,
      responsibleOfficerId: registration.responsibleOfficerId ?? access.caller.userId,
      status: 'REGISTERED',
      homeMunicipalityCode: registration.homeMunicipalityCode,
      officeId: registration.officeId,
      registeredAt: new Date(),
      registeredBy: access.caller.userId,
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
            registeredBy: access.caller.userId,
          },
        });
        await options.alsoIn?.(manager, participant.id);
      });
    } catch (error) {
      // Registered concurrently: answer as if the look-up had found it.
      if (isUniqueViolation(error)) {
        const concurrent = await this.registeredAtOwnOffice(access, registration.identityNumber);
        if (concurrent !== undefined) return this.link(concurrent, options);
      }
      throw error;
    }
    return { participantId: id, registered: true };
  }

  private async link(
    participantId: string,
    options: {
      linkAtOwnOffice?: boolean;
      alsoIn?: (manager: EntityManager, participantId: string) => Promise<void>;
    },
  ): Promise<{ participantId: string; registered: boolean }> {
    if (!options.linkAtOwnOffice) throw alreadyRegistered();
    const { alsoIn } = options;
    if (alsoIn) await this.dataSource.transaction((manager) => alsoIn(manager, participantId));
    return { participantId, registered: false };
  }

  /**
   * One national register: the same person at another office is refused, naming that office. The
   * look-up reads another participant, so it is written to the access log. Every blind-index key is
   * tried, so rows not yet re-keyed after a rotation are found too. Returns the participant already
   * registered at the caller's own office, if any.
   */
  private async registeredAtOwnOffice(
    access: Access,
    identityNumber: string,
  ): Promise<string | undefined> {
    const [found] = (await this.dataSource.query(
      'SELECT id, office_id FROM participant WHERE identity_number_index = ANY($1::text[]) LIMIT 1',
      [this.cipher.indexesOf(identityNumber)],
    )) as { id: string; office_id: string }[];
    if (!found) return undefined;
    await this.cases.recordLookup(access.caller, found.id, ['identityNumber', 'officeId']);
    if (found.office_id === access.caller.officeId) return found.id;
    throw registeredAtOtherOffice(found.office_id);
  }

  private async refuseIfRegistered(access: Access, identityNumber: string): Promise<void> {
    if ((await this.registeredAtOwnOffice(access, identityNumber)) !== undefined)
      throw alreadyRegistered();
  }

  /** Corrects identity fields or changes details, keeping the history of identity and contact. */
  async update(
    access: Access,
    input: UpdateInput & { participantId: string; version: number },
  ): Promise<ParticipantModel> {
    const update = validateUpdate(input);
    if (update.identityNumber !== undefined)
      await this.refuseIfRegisteredElsewhere(access, input.participantId, update.identityNumber);
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lockForCommand(manager, access, input.participantId);
        if (!isResponsibleOffice(access.caller, factsOf(row)))
          throw actionNotAllowed('change the details');
        if (row.version !== input.version) throw staleVersion();
        await this.applyUpdate(manager, access, row, update);
      });
    } catch (error) {
      if (isUniqueViolation(error) && update.identityNumber !== undefined) {
        await this.refuseIfRegisteredElsewhere(access, input.participantId, update.identityNumber);
      }
      throw error;
    }
    return this.readBack(access, input.participantId);
  }

  private async refuseIfRegisteredElsewhere(
    access: Access,
    participantId: string,
    identityNumber: string,
  ): Promise<void> {
    const [found] = (await this.dataSource.query(
      'SELECT id FROM participant WHERE identity_number_index = ANY($1::text[]) AND id <> $2::uuid LIMIT 1',
      [this.cipher.indexesOf(identityNumber), participantId],
    )) as { id: string }[];
    if (found) await this.refuseIfRegistered(access, identityNumber);
  }

  private async applyUpdate(
    manager: EntityManager,
    access: Access,
    row: ParticipantRow,
    update: ReturnType<typeof validateUpdate>,
  ): Promise<void> {
    const oldContact = this.cases.contactOf(row);
    const oldIdentity = row.identity_number_encrypted
      ? this.cipher.decrypt(row.identity_number_encrypted, identityNumberLocation(row.id))
      : null;
    const contact: Contact = {
      phone: update.phone === undefined ? oldContact.phone : update.phone,
      email: update.email === undefined ? oldContact.email : update.email,
      address: update.address === undefined ? oldContact.address : update.address,
    };
    const before: Record<HistoryField, unknown> = {
      identityNumber: oldIdentity,
      givenName: row.given_name,
      familyName: row.family_name,
      ...oldContact,
    };
    const after: Record<HistoryField, unknown> = {
      identityNumber: update.identityNumber ?? oldIdentity,
      givenName: update.givenName ?? row.given_name,
      familyName: update.familyName ?? row.family_name,
      ...contact,
    };
    const next = {
      languages: update.languages ?? row.languages,
      education_level:
        update.educationLevel === undefined ? row.education_level : update.educationLevel,
      driving_licences: update.drivingLicences ?? row.driving_licences,
      labour_market_programme:
        update.labourMarketProgramme === undefined
          ? row.labour_market_programme
          : update.labourMarketProgramme,
      responsible_officer_id:
        update.responsibleOfficerId === undefined
          ? row.responsible_officer_id
          : update.responsibleOfficerId,
      home_municipality_code: update.homeMunicipalityCode ?? row.home_municipality_code,
    };
    const changed = [
      ...historyFields.filter((field) => !same(before[field], after[field])),
      ...(Object.keys(next) as (keyof typeof next)[])
        .filter((column) => !same(next[column], row[column]))
        .map(camel),
    ];
    if (changed.length === 0) return;
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
    const identity = update.identityNumber;
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
        identity === undefined
          ? null
          : this.cipher.encrypt(identity, identityNumberLocation(row.id)),
        identity === undefined ? null : this.cipher.indexOf(identity),
        after.givenName,
        after.familyName,
        this.cases.encryptContact(row.id, contact),
        next.languages,
        next.education_level,
        next.driving_licences,
        next.labour_market_programme,
        next.responsible_officer_id,
        next.home_municipality_code,
      ],
    );
    await this.outbox.publish(manager, participantUpdatedV1, {
      subject: row.id,
      data: {
        participantId: row.id,
        changedFields: changed,
        status: row.status as ParticipantStatus,
        homeMunicipalityCode: next.home_municipality_code,
        officeId: row.office_id,
        responsibleOfficerId: next.responsible_officer_id,
        updatedAt: now.toISOString(),
        updatedBy: access.caller.userId,
      },
    });
  }

  /** The participant as the caller now sees it (the answer to a command). */
  private async readBack(access: Access, id: string): Promise<ParticipantModel> {
    const [model] = await this.cases.findVisible(access, [id]);
    return model!;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const camel = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
