import { type Access, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ParticipantCases } from './participant-cases';
import { registeredAtOtherOffice } from './participant.errors';

/**
 * One national register: a person is a participant at one office. A look-up finds them through the
 * blind index under every key (rows not yet re-keyed after a rotation too); finding them reads
 * another participant, so it is written to the access log.
 */
@Injectable()
export class NationalRegister {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
  ) {}

  /**
   * The participant with this identity number at the caller's own office, if any; one at another
   * office is refused, naming that office. `other` leaves a participant out (the one being corrected).
   */
  async atOwnOffice(
    access: Access,
    identityNumber: string,
    other?: string,
  ): Promise<string | undefined> {
    const [found] = (await this.dataSource.query(
      `SELECT id, office_id FROM participant WHERE identity_number_index = ANY($1::text[])
         AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
      [this.cipher.indexesOf(identityNumber), other ?? null],
    )) as { id: string; office_id: string }[];
    if (!found) return undefined;
    await this.cases.recordLookup(access.caller, found.id, ['identityNumber', 'officeId']);
    if (found.office_id === access.caller.officeId) return found.id;
    throw registeredAtOtherOffice(found.office_id);
  }
}
