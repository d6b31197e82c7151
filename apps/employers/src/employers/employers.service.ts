import { randomUUID } from 'node:crypto';
import { employerRegisteredV1, employerUpdatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  employerScopeColumns,
  mayMaintainEmployer,
  mayRegisterEmployer,
  maySeeEmployerDetails,
} from './employer-access';
import {
  type ContactPersonDetails,
  type ContactPersonInput,
  type EmployerInput,
  text,
  validateContactPerson,
  validateEmployer,
  validateWorkplace,
  type WorkplaceInput,
} from './employer-rules';
import {
  actionNotAllowed,
  alreadyRegistered,
  employerError,
  invalidInput,
  notFound,
  registrationNotAllowed,
} from './employer.errors';
import { EmployerEntity } from './employer.entity';
import type { EmployerConnection, EmployerModel } from './employer.model';

export interface EmployerRow {
  id: string;
  organisation_number_encrypted: string;
  name: string;
  sni_code: string;
  size_band: string;
  office_ids: string[];
  registered_at: Date;
  version: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => uuidPattern.test(value);

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

export const organisationNumberLocation = (employerId: string) => ({
  table: 'employer',
  column: 'organisation_number_encrypted',
  rowId: employerId,
});

export const contactPersonLocation = (contactPersonId: string) => ({
  table: 'employer_contact_person',
  column: 'details_encrypted',
  rowId: contactPersonId,
});

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class EmployersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
  ) {}

  /** Registers an employer and `employer.registered`; one employer per organisation number. */
  async register(access: Access, input: EmployerInput): Promise<EmployerModel> {
    if (access.caller.role !== 'officer') throw registrationNotAllowed();
    const valid = validateEmployer(input, access.caller.officeId);
    if (!mayRegisterEmployer(access.caller, valid.officeIds)) throw registrationNotAllowed();
    const id = randomUUID();
    const employer = Object.assign(new EmployerEntity(), {
      id,
      organisationNumberEncrypted: this.cipher.encrypt(
        valid.organisationNumber,
        organisationNumberLocation(id),
      ),
      organisationNumberIndex: this.cipher.indexOf(valid.organisationNumber),
      soleTrader: valid.soleTrader,
      name: valid.name,
      sniCode: valid.sniCode,
      sizeBand: valid.sizeBand,
      officeIds: valid.officeIds,
      registeredAt: new Date(),
      registeredBy: access.caller.userId,
    });
    const [taken] = (await this.dataSource.query(
      'SELECT 1 FROM employer WHERE organisation_number_index = ANY($1::text[])',
      [this.cipher.indexesOf(valid.organisationNumber)],
    )) as unknown[];
    if (taken) throw alreadyRegistered();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(EmployerEntity, employer);
        await this.outbox.publish(manager, employerRegisteredV1, {
          subject: id,
          data: {
            employerId: id,
            sniCode: valid.sniCode,
            sizeBand: valid.sizeBand,
            officeIds: valid.officeIds,
            registeredAt: employer.registeredAt.toISOString(),
            registeredBy: access.caller.userId,
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRegistered();
      throw error;
    }
    return this.readBack(access, id);
  }

  async addWorkplace(
    access: Access,
    input: WorkplaceInput & { employerId: string; version: number },
  ): Promise<EmployerModel> {
    const workplace = validateWorkplace(input);
    await this.change(access, input, 'workplaces', async (manager, employerId) => {
      await manager.query(
        `INSERT INTO employer_workplace (id, employer_id, name, municipality_code, added_at)
         VALUES ($1, $2, $3, $4, now())`,
        [randomUUID(), employerId, workplace.name, workplace.municipalityCode],
      );
    });
    return this.readBack(access, input.employerId);
  }

  async addContactPerson(
    access: Access,
    input: ContactPersonInput & { employerId: string; version: number },
  ): Promise<EmployerModel> {
    const { role, details } = validateContactPerson(input);
    await this.change(access, input, 'contactPersons', async (manager, employerId) => {
      const id = randomUUID();
      await manager.query(
        `INSERT INTO employer_contact_person (id, employer_id, role, details_encrypted, added_at)
         VALUES ($1, $2, $3, $4, now())`,
        [
          id,
          employerId,
          role,
          this.cipher.encrypt(JSON.stringify(details), contactPersonLocation(id)),
        ],
      );
    });
    return this.readBack(access, input.employerId);
  }

  /** One change to an employer the caller maintains, at the version they read, with its event. */
  private async change(
    access: Access,
    input: { employerId: string; version: number },
    field: string,
    write: (manager: EntityManager, employerId: string) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockForCommand(manager, access, input.employerId);
      if (!mayMaintainEmployer(access.caller.role)) throw actionNotAllowed(`change its ${field}`);
      if (row.version !== input.version) {
        throw employerError(
          'EMPLOYER.INVALID_INPUT',
          'version is not the current one: reload and try again',
          'version',
        );
      }
      await write(manager, row.id);
      await manager.query('UPDATE employer SET version = version + 1 WHERE id = $1', [row.id]);
      await this.outbox.publish(manager, employerUpdatedV1, {
        subject: row.id,
        data: {
          employerId: row.id,
          changedFields: [field],
          officeIds: row.office_ids,
          updatedAt: new Date().toISOString(),
          updatedBy: access.caller.userId,
        },
      });
    });
  }

  /** For a command: the employer's row, locked, if the caller reaches it; NOT_FOUND otherwise. */
  async lockForCommand(
    manager: EntityManager,
    access: Access,
    employerId: string,
  ): Promise<EmployerRow> {
    if (!isUuid(employerId)) throw notFound();
    const params: unknown[] = [employerId];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT * FROM employer e WHERE e.id = $1 AND ${inScope} FOR UPDATE`,
      params,
    )) as EmployerRow[];
    if (!row) throw notFound();
    return row;
  }

  /** The employers among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(EmployerModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT * FROM employer e WHERE e.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as EmployerRow[];
    const byId = new Map(rows.map((row) => [row.id, this.toModel(access, row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Employers in the caller's scope by name, then id. */
  async page(
    access: Access,
    filter: { name?: string | null; sniCode?: string | null; officeId?: string | null },
    first: number,
    after?: string | null,
  ): Promise<EmployerConnection> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw invalidInput('first', 'first must be between 1 and 100');
    }
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [scopeCondition(access.scope, employerScopeColumns, params)];
    if (filter.name != null) {
      const name = text('filter.name', filter.name, 100).replace(/[\\%_]/g, (c) => `\\${c}`);
      where.push(`e.name ILIKE '%' || ${param(name)} || '%'`);
    }
    if (filter.sniCode != null) {
      if (!/^\d{1,5}$/.test(filter.sniCode)) {
        throw invalidInput('filter.sniCode', 'filter.sniCode must be 1–5 digits of an SNI code');
      }
      where.push(`e.sni_code LIKE ${param(filter.sniCode)} || '%'`);
    }
    if (filter.officeId != null) where.push(`${param(filter.officeId)} = ANY(e.office_ids)`);
    if (after != null) {
      const [name, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      if (name === undefined || !id || !isUuid(id)) {
        throw invalidInput('after', 'after is not a cursor this API returned');
      }
      where.push(`(lower(e.name), e.id) > (${param(name)}, ${param(id)}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `SELECT * FROM employer e WHERE ${where.join(' AND ')}
       ORDER BY lower(e.name), e.id LIMIT ${param(first + 1)}`,
      params,
    )) as EmployerRow[];
    const nodes = rows.slice(0, first).map((row) => this.toModel(access, row));
    const last = rows[Math.min(first, rows.length) - 1];
    return {
      nodes,
      pageInfo: {
        endCursor: last
          ? Buffer.from(`${last.name.toLowerCase()}|${last.id}`).toString('base64url')
          : null,
        hasNextPage: rows.length > first,
      },
    };
  }

  /** An employer's contact persons, for those who may see them; a list of employers in one query. */
  contactDetails(row: { id: string; details_encrypted: string }): ContactPersonDetails {
    return JSON.parse(
      this.cipher.decrypt(row.details_encrypted, contactPersonLocation(row.id)),
    ) as ContactPersonDetails;
  }

  private async readBack(access: Access, id: string): Promise<EmployerModel> {
    const [model] = await this.findVisible(access, [id]);
    return model!;
  }

  private toModel(access: Access, row: EmployerRow): EmployerModel {
    const cipher = this.cipher;
    return {
      id: row.id,
      name: row.name,
      get organisationNumber() {
        if (!maySeeEmployerDetails(access.caller.role)) return null;
        const canonical = cipher.decrypt(
          row.organisation_number_encrypted,
          organisationNumberLocation(row.id),
        );
        return `${canonical.slice(0, 6)}-${canonical.slice(6)}`;
      },
      sniCode: row.sni_code,
      sizeBand: row.size_band,
      officeIds: row.office_ids,
      registeredAt: row.registered_at,
      version: row.version,
    };
  }
}
