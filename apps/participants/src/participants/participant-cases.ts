import type { CallerIdentity } from '@jobbnatet/contracts';
import { type Access, perRequest, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLog } from '../access-log/access-log.service';
import { attachCaseView, type CaseView } from '../access-log/case-view';
import {
  type CaseFacts,
  disclosureOf,
  maySeeIdentityNumber,
  participantScopeColumns,
} from './participant-access';
import { contactLocation, identityNumberLocation } from './participant-pii';
import { notFound, participantErased } from './participant.errors';
import type { ParticipantModel } from './participant.model';
import type { Contact } from './person-rules';

/** A participant row as read, with the municipalities holding a valid consent. */
export interface ParticipantRow {
  id: string;
  pseudonym: string;
  identity_number_encrypted: string | null;
  given_name: string | null;
  family_name: string | null;
  contact_encrypted: string | null;
  languages: string[];
  education_level: string | null;
  driving_licences: string[];
  labour_market_programme: string | null;
  responsible_officer_id: string | null;
  status: string;
  home_municipality_code: string;
  office_id: string;
  registered_at: Date;
  exited_on: string | null;
  exit_reason: string | null;
  erased_at: Date | null;
  version: number;
  consented_municipalities: string[];
}

/**
 * The participant table's columns a row holds, each named (a prepared `p.*` breaks when a column
 * is added); as a record, so that a column added to ParticipantRow and not read fails to compile.
 */
const rowColumns: Record<Exclude<keyof ParticipantRow, 'consented_municipalities'>, true> = {
  id: true,
  pseudonym: true,
  identity_number_encrypted: true,
  given_name: true,
  family_name: true,
  contact_encrypted: true,
  languages: true,
  education_level: true,
  driving_licences: true,
  labour_market_programme: true,
  responsible_officer_id: true,
  status: true,
  home_municipality_code: true,
  office_id: true,
  registered_at: true,
  exited_on: true,
  exit_reason: true,
  erased_at: true,
  version: true,
};

/** The select list of every participant read; `p` is the participant table. */
export const participantColumns = `${Object.keys(rowColumns)
  .map((column) => `p.${column}`)
  .join(', ')},
  ARRAY(SELECT c.municipality_code FROM consent c
    WHERE c.participant_id = p.id AND c.withdrawn_at IS NULL) AS consented_municipalities`;

export const factsOf = (row: ParticipantRow): CaseFacts => ({
  officeId: row.office_id,
  consentedMunicipalities: row.consented_municipalities,
  erased: row.erased_at !== null,
});

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The one way into a participant's case, for this module and every other one (consents,
 * assessments, outcomes …): reach through the kit's scope condition, disclosure per row, every
 * value shown audited. A foreign and a missing id get the same answer.
 */
@Injectable()
export class ParticipantCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly accessLog: AccessLog,
  ) {}

  /** The request's loader: `_entities` for 100 participants becomes one query. */
  loader(access: Access): DataLoader<string, ParticipantModel | null> {
    return perRequest(
      access.request,
      this,
      () => new DataLoader((ids: readonly string[]) => this.findVisible(access, ids)),
    );
  }

  /** The participants among `ids` the caller reaches, in the order of `ids` (null for others). */
  async findVisible(
    access: Access,
    ids: readonly string[],
    adminReason?: string,
  ): Promise<(ParticipantModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, participantScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${participantColumns} FROM participant p WHERE p.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as ParticipantRow[];
    const byId = new Map(rows.map((row) => [row.id, this.toModel(access, row, adminReason)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The participant as the caller now sees it: the answer to a command. */
  async readBack(access: Access, id: string): Promise<ParticipantModel> {
    const [model] = await this.findVisible(access, [id]);
    return model!;
  }

  /**
   * For a command: the participant's row, locked until the transaction ends, if the caller reaches
   * it; the same NOT_FOUND otherwise, and ERASED for an erased one.
   */
  async lockForCommand(
    manager: EntityManager,
    access: Access,
    participantId: string,
  ): Promise<ParticipantRow> {
    if (!isUuid(participantId)) throw notFound();
    const params: unknown[] = [participantId];
    const inScope = scopeCondition(access.scope, participantScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT ${participantColumns} FROM participant p WHERE p.id = $1 AND ${inScope} FOR UPDATE OF p`,
      params,
    )) as ParticipantRow[];
    if (!row) throw notFound();
    if (row.erased_at) throw participantErased();
    return row;
  }

  /** The GraphQL object for a reached row: personal fields filled only where disclosed. */
  toModel(access: Access, row: ParticipantRow, adminReason?: string): ParticipantModel {
    const caller = access.caller;
    const facts = factsOf(row);
    const disclosure = disclosureOf(caller, facts, adminReason);
    const record = this.accessLog.recorder(caller, access.request);
    const view: CaseView = {
      caller,
      facts,
      disclosure,
      request: access.request,
      audit: (field) =>
        disclosure.level === 'personal'
          ? record({
              participantId: row.id,
              field,
              purpose: disclosure.purpose,
              adminReason: disclosure.adminReason,
            })
          : Promise.reject(new Error(`${field} of a participant read without disclosure`)),
    };
    const model: ParticipantModel =
      disclosure.level === 'personal'
        ? this.personal(caller, row)
        : { id: row.id, pseudonym: row.pseudonym, ...hidden };
    return attachCaseView(model, view);
  }

  /**
   * Ciphertexts are opened only when their field is asked for (getters, read by GraphQL's default
   * resolver): a list that shows names decrypts nothing.
   */
  private personal(caller: CallerIdentity, row: ParticipantRow): ParticipantModel {
    let contact: Contact | undefined;
    const contactOnce = () => (contact ??= this.contactOf(row));
    const cipher = this.cipher;
    return {
      id: row.id,
      pseudonym: row.pseudonym,
      status: row.status,
      get identityNumber() {
        return maySeeIdentityNumber(caller.role) && row.identity_number_encrypted
          ? display(cipher.decrypt(row.identity_number_encrypted, identityNumberLocation(row.id)))
          : null;
      },
      givenName: row.given_name,
      familyName: row.family_name,
      get phone() {
        return contactOnce().phone;
      },
      get email() {
        return contactOnce().email;
      },
      get address() {
        return contactOnce().address;
      },
      languages: row.languages,
      educationLevel: row.education_level,
      drivingLicences: row.driving_licences,
      labourMarketProgramme: row.labour_market_programme,
      responsibleOfficerId: row.responsible_officer_id,
      homeMunicipalityCode: row.home_municipality_code,
      officeId: row.office_id,
      registeredAt: row.registered_at,
      version: row.version,
    };
  }

  contactOf(row: Pick<ParticipantRow, 'id' | 'contact_encrypted'>): Contact {
    if (!row.contact_encrypted) return { phone: null, email: null, address: null };
    return JSON.parse(
      this.cipher.decrypt(row.contact_encrypted, contactLocation(row.id)),
    ) as Contact;
  }

  encryptContact(participantId: string, contact: Contact): string | null {
    if (!contact.phone && !contact.email && !contact.address) return null;
    return this.cipher.encrypt(JSON.stringify(contact), contactLocation(participantId));
  }

  /** Records reads made outside an answer, such as a registration's duplicate look-up. */
  recordLookup(caller: CallerIdentity, participantId: string, fields: string[]): Promise<void> {
    return this.accessLog.record(
      caller,
      fields.map((field) => ({ participantId, field, purpose: 'DUPLICATE_CHECK' })),
    );
  }
}

const hidden: Omit<ParticipantModel, 'id' | 'pseudonym'> = {
  status: null,
  identityNumber: null,
  givenName: null,
  familyName: null,
  phone: null,
  email: null,
  address: null,
  languages: null,
  educationLevel: null,
  drivingLicences: null,
  labourMarketProgramme: null,
  responsibleOfficerId: null,
  homeMunicipalityCode: null,
  officeId: null,
  registeredAt: null,
  version: null,
};

/** YYYYMMDD-NNNN, the form people read. */
export function display(canonical: string): string {
  return `${canonical.slice(0, 8)}-${canonical.slice(8)}`;
}
