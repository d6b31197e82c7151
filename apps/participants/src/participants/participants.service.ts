import { randomBytes, randomUUID } from 'node:crypto';
import { participantRegisteredV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { NationalRegister } from './national-register';
import { mayRegister } from './participant-access';
import { ParticipantCases } from './participant-cases';
import { identityNumberLocation } from './participant-pii';
import { alreadyRegistered, registrationNotAllowed } from './participant.errors';
import { ParticipantEntity } from './participant.entity';
import type { ParticipantModel } from './participant.model';
import { type RegistrationInput, validateRegistration } from './registration-rules';

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

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
    private readonly nationalRegister: NationalRegister,
  ) {}

  /**
   * Registers a participant and its `participant.registered` event in one transaction. Only an
   * officer registers, and is refused before anything is looked up otherwise: a municipality learns
   * nothing about who is registered.
   */
  async register(access: Access, input: RegistrationInput): Promise<ParticipantModel> {
    const { participantId } = await this.enrol(access, input);
    return this.cases.readBack(access, participantId);
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
    const existing = await this.nationalRegister.atOwnOffice(access, registration.identityNumber);
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
        const concurrent = await this.nationalRegister.atOwnOffice(
          access,
          registration.identityNumber,
        );
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
}
