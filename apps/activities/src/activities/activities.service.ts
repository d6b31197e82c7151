import { randomUUID } from 'node:crypto';
import {
  interventionTypeAddedV1,
  offeringCreatedV1,
  offeringStatusChangedV1,
  providerRegisteredV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  mayAddInterventionType,
  mayRegisterProvider,
  mayWriteOffering,
  offeringScopeColumns,
} from './offering-access';
import {
  changeNotAllowed,
  creationNotAllowed,
  interventionTypeExists,
  interventionTypeNotAllowed,
  invalidInput,
  offeringNotFound,
  providerNotAllowed,
  transitionNotAllowed,
} from './offering.errors';
import type { InterventionTypeModel, OfferingModel, ProviderModel } from './offering.model';
import {
  type AvailabilityFilterInput,
  type InterventionTypeInput,
  isUuid,
  mayChangeStatus,
  type OfferingInput,
  type OfferingStatus,
  type ProviderInput,
  validateAvailabilityFilter,
  validateInterventionType,
  validateOffering,
  validateProvider,
} from './offering-rules';

/** An offering row as the SELECT below reads it (`o` offering, `t` type, `p` provider). */
interface OfferingRow {
  id: string;
  type_code: string;
  type_name: string;
  type_category: InterventionTypeModel['category'];
  type_days: number;
  provider_id: string;
  provider_kind: ProviderModel['kind'];
  provider_name: string;
  provider_org: string | null;
  provider_municipality: string | null;
  place_name: string;
  municipality_code: string;
  office_ids: string[];
  from_date: string;
  to_date: string;
  capacity: number;
  seats_left: number;
  cost: string;
  occupation_codes: string[];
  competences: string[];
  language_code: string;
  status: OfferingStatus;
  version: number;
  created_at: Date;
}

/** The offering a command works on, locked FOR UPDATE. */
export interface LockedOffering {
  id: string;
  typeCode: string;
  providerId: string;
  officeIds: string[];
  municipalityCode: string;
  capacity: number;
  status: OfferingStatus;
  version: number;
  costPerParticipant: string;
  /** `YYYY-MM-DD`: the days a schedule may use. */
  fromDate: string;
  toDate: string;
}

/** Seats left: capacity minus the planned and ongoing enrolments (`o` is the offering). */
const seatsLeft = `o.capacity - (SELECT count(*) FROM enrolment e
  WHERE e.offering_id = o.id AND e.status IN ('PLANNED', 'ONGOING'))::int`;

const offeringColumns = `o.id, o.type_code, t.name AS type_name, t.category AS type_category,
  t.default_duration_days AS type_days, o.provider_id, p.kind AS provider_kind, p.name AS provider_name,
  p.organisation_number AS provider_org, p.municipality_code AS provider_municipality, o.place_name,
  o.municipality_code, o.office_ids, to_char(o.from_date, 'YYYY-MM-DD') AS from_date,
  to_char(o.to_date, 'YYYY-MM-DD') AS to_date, o.capacity, o.cost_per_participant::text AS cost,
  o.occupation_codes, o.competences, o.language_code, o.status, o.version, o.created_at`;
const offeringTables =
  'offering o JOIN intervention_type t ON t.code = o.type_code JOIN provider p ON p.id = o.provider_id';

function toModel(row: OfferingRow): OfferingModel {
  return {
    id: row.id,
    type: {
      code: row.type_code,
      name: row.type_name,
      category: row.type_category,
      defaultDurationDays: row.type_days,
    },
    provider: {
      id: row.provider_id,
      kind: row.provider_kind,
      name: row.provider_name,
      organisationNumber: row.provider_org,
      municipalityCode: row.provider_municipality,
    },
    placeName: row.place_name,
    municipalityCode: row.municipality_code,
    officeIds: row.office_ids,
    fromDate: row.from_date,
    toDate: row.to_date,
    capacity: row.capacity,
    seatsLeft: Math.max(0, Number(row.seats_left)),
    costPerParticipant: Number(row.cost),
    occupationCodes: row.occupation_codes,
    competences: row.competences,
    languageCode: row.language_code,
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async interventionTypes(): Promise<InterventionTypeModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT code, name, category, default_duration_days FROM intervention_type ORDER BY name, code`,
    )) as {
      code: string;
      name: string;
      category: InterventionTypeModel['category'];
      default_duration_days: number;
    }[];
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      category: row.category,
      defaultDurationDays: row.default_duration_days,
    }));
  }

  /** Extends the seeded intervention types (admins only), with its event; a taken code is a conflict. */
  async addInterventionType(
    access: Access,
    input: InterventionTypeInput,
  ): Promise<InterventionTypeModel> {
    if (!mayAddInterventionType(access.caller.role)) throw interventionTypeNotAllowed();
    const valid = validateInterventionType(input);
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO intervention_type (code, name, category, default_duration_days)
         VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING created_at`,
        [valid.code, valid.name, valid.category, valid.defaultDurationDays],
      )) as { created_at: Date }[];
      if (inserted.length === 0) throw interventionTypeExists();
      await this.outbox.publish(manager, interventionTypeAddedV1, {
        subject: valid.code,
        data: {
          typeCode: valid.code,
          category: valid.category,
          defaultDurationDays: valid.defaultDurationDays,
          addedAt: inserted[0]!.created_at.toISOString(),
          addedBy: access.caller.userId,
        },
      });
    });
    return valid;
  }

  /** Registers a provider (admins and officers) and publishes `provider.registered`. */
  async registerProvider(access: Access, input: ProviderInput): Promise<ProviderModel> {
    if (!mayRegisterProvider(access.caller.role)) throw providerNotAllowed();
    const valid = validateProvider(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO provider (id, kind, name, organisation_number, municipality_code, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING created_at`,
        [
          id,
          valid.kind,
          valid.name,
          valid.organisationNumber,
          valid.municipalityCode,
          access.caller.userId,
        ],
      )) as { created_at: Date }[];
      await this.outbox.publish(manager, providerRegisteredV1, {
        subject: id,
        data: {
          providerId: id,
          kind: valid.kind,
          municipalityCode: valid.municipalityCode,
          registeredAt: row!.created_at.toISOString(),
          registeredBy: access.caller.userId,
        },
      });
    });
    return { id, ...valid };
  }

  /** Providers, for the planners who read the catalogue. */
  async providers(access: Access): Promise<ProviderModel[]> {
    if (access.scope.kind === 'none') return [];
    const rows = (await this.dataSource.query(
      `SELECT id, kind, name, organisation_number, municipality_code FROM provider ORDER BY name, id LIMIT 500`,
    )) as {
      id: string;
      kind: ProviderModel['kind'];
      name: string;
      organisation_number: string | null;
      municipality_code: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      organisationNumber: row.organisation_number,
      municipalityCode: row.municipality_code,
    }));
  }

  /** Creates an offering (PLANNED) and its `offering.created` event in one transaction. */
  async createOffering(access: Access, input: OfferingInput): Promise<OfferingModel> {
    const valid = validateOffering(input);
    if (!mayWriteOffering(access.caller, valid)) throw creationNotAllowed();
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const [type] = (await manager.query('SELECT 1 FROM intervention_type WHERE code = $1', [
        valid.typeCode,
      ])) as unknown[];
      if (!type) throw invalidInput('typeCode', 'typeCode is not an intervention type');
      const [provider] = (await manager.query('SELECT 1 FROM provider WHERE id = $1', [
        valid.providerId,
      ])) as unknown[];
      if (!provider) throw invalidInput('providerId', 'providerId is not a provider');
      const [row] = (await manager.query(
        `INSERT INTO offering (id, type_code, provider_id, place_name, municipality_code, office_ids,
           from_date, to_date, capacity, cost_per_participant, occupation_codes, competences,
           language_code, status, created_at, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::numeric / 100, $11, $12, $13, 'PLANNED',
           now(), $14, 1)
         RETURNING cost_per_participant::text AS cost, created_at`,
        [
          id,
          valid.typeCode,
          valid.providerId,
          valid.placeName,
          valid.municipalityCode,
          valid.officeIds,
          valid.fromDate,
          valid.toDate,
          valid.capacity,
          valid.costInOre,
          valid.occupationCodes,
          valid.competences,
          valid.languageCode,
          access.caller.userId,
        ],
      )) as { cost: string; created_at: Date }[];
      await this.outbox.publish(manager, offeringCreatedV1, {
        subject: id,
        data: {
          offeringId: id,
          typeCode: valid.typeCode,
          providerId: valid.providerId,
          officeIds: valid.officeIds,
          municipalityCode: valid.municipalityCode,
          fromDate: valid.fromDate,
          toDate: valid.toDate,
          capacity: valid.capacity,
          costPerParticipant: row!.cost,
          occupationCodes: valid.occupationCodes,
          languageCode: valid.languageCode,
          status: 'PLANNED',
          createdAt: row!.created_at.toISOString(),
          createdBy: access.caller.userId,
        },
      });
    });
    const [created] = await this.findVisible(access, [id]);
    return created!;
  }

  /**
   * The offering locked for a command if the caller reads it; OFFERING.NOT_FOUND otherwise, the
   * same for a foreign and a missing id. Whether the caller may write it is the command's call
   * (mayWriteOffering). For the other parts of this service (sessions, enrolments) too.
   */
  async lockForCommand(
    manager: EntityManager,
    access: Access,
    offeringId: string,
  ): Promise<LockedOffering> {
    if (!isUuid(offeringId)) throw offeringNotFound();
    const params: unknown[] = [offeringId];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT o.id, o.type_code, o.provider_id, o.office_ids, o.municipality_code, o.capacity,
         o.status, o.version, o.cost_per_participant::text AS cost,
         to_char(o.from_date, 'YYYY-MM-DD') AS from_date, to_char(o.to_date, 'YYYY-MM-DD') AS to_date
       FROM offering o WHERE o.id = $1 AND ${inScope} FOR UPDATE`,
      params,
    )) as {
      id: string;
      type_code: string;
      provider_id: string;
      office_ids: string[];
      municipality_code: string;
      capacity: number;
      status: OfferingStatus;
      version: number;
      cost: string;
      from_date: string;
      to_date: string;
    }[];
    if (!row) throw offeringNotFound();
    return {
      id: row.id,
      typeCode: row.type_code,
      providerId: row.provider_id,
      officeIds: row.office_ids,
      municipalityCode: row.municipality_code,
      capacity: row.capacity,
      status: row.status,
      version: row.version,
      costPerParticipant: row.cost,
      fromDate: row.from_date,
      toDate: row.to_date,
    };
  }

  /** Moves an offering along its status rule; `offering.status-changed` in the same transaction. */
  async changeOfferingStatus(
    access: Access,
    offeringId: string,
    status: OfferingStatus,
  ): Promise<OfferingModel> {
    await this.dataSource.transaction(async (manager) => {
      const offering = await this.lockForCommand(manager, access, offeringId);
      if (!mayWriteOffering(access.caller, offering)) throw changeNotAllowed();
      if (!mayChangeStatus(offering.status, status)) throw transitionNotAllowed();
      const version = offering.version + 1;
      const [row] = (await manager.query(
        `UPDATE offering SET status = $2, version = $3 WHERE id = $1 RETURNING now() AS changed_at`,
        [offering.id, status, version],
      )) as [{ changed_at: Date }[], number] | { changed_at: Date }[];
      const changedAt = (Array.isArray(row) ? row[0] : row)?.changed_at ?? new Date();
      await this.outbox.publish(manager, offeringStatusChangedV1, {
        subject: offering.id,
        data: {
          offeringId: offering.id,
          from: offering.status,
          to: status,
          version,
          changedAt: new Date(changedAt).toISOString(),
          changedBy: access.caller.userId,
        },
      });
    });
    const [changed] = await this.findVisible(access, [offeringId]);
    return changed!;
  }

  /** The offerings among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(OfferingModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${offeringColumns}, ${seatsLeft} AS seats_left FROM ${offeringTables}
       WHERE o.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as OfferingRow[];
    const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /**
   * Bookable offerings (PLANNED or OPEN) overlapping the window, in the municipality if given,
   * with seats left; best fit first: the occupation matching, then the number of the wanted
   * competences it builds (case-insensitively), then the earliest start. Ranked in SQL.
   */
  async availableOfferings(
    access: Access,
    filter: AvailabilityFilterInput,
    first: number,
  ): Promise<OfferingModel[]> {
    const valid = validateAvailabilityFilter(filter, first);
    const params: unknown[] = [
      valid.from,
      valid.to,
      valid.municipalityCode,
      valid.occupationCode,
      valid.competences,
      first,
    ];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${offeringColumns}, ${seatsLeft} AS seats_left,
           ($4::text IS NOT NULL AND $4::text = ANY(o.occupation_codes)) AS occupation_match,
           (SELECT count(*) FROM unnest(o.competences) c WHERE lower(c) = ANY($5::text[])) AS competence_matches
         FROM ${offeringTables}
         WHERE o.status IN ('PLANNED', 'OPEN')
           AND o.from_date <= $2::date AND o.to_date >= $1::date
           AND ($3::text IS NULL OR o.municipality_code = $3::text)
           AND ${inScope}
       ) ranked
       WHERE seats_left > 0
       ORDER BY occupation_match DESC, competence_matches DESC, from_date ASC, id ASC
       LIMIT $6`,
      params,
    )) as OfferingRow[];
    return rows.map(toModel);
  }
}
