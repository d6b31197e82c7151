import { randomUUID } from 'node:crypto';
import {
  enrolmentCompletedV1,
  enrolmentCreatedV1,
  enrolmentInterruptedV1,
  enrolmentStartedV1,
} from '@jobbnatet/contracts';
import { ParticipantReach, reachCondition } from '@jobbnatet/participant-reach';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivitiesService } from '../activities/activities.service';
import { isUuid } from '../activities/offering-rules';
import {
  enrolmentScopeColumns,
  enrolmentTables,
  mayChangeEnrolment,
  mayComplete,
} from './enrolment-access';
import {
  alreadyEnrolled,
  completionNotAllowed,
  enrolmentChangeNotAllowed,
  enrolmentNotFound,
  enrolmentTransitionNotAllowed,
  offeringClosed,
  offeringFull,
  participantNotActive,
} from './enrolment.errors';
import type {
  CompleteEnrolmentInput,
  EnrolInput,
  InterruptEnrolmentInput,
  StartEnrolmentInput,
} from './enrolment.inputs';
import type { EnrolmentModel } from './enrolment.model';
import {
  type EnrolmentAction,
  type EnrolmentStatus,
  type InterruptionReason,
  nextStatus,
  takesEnrolments,
  validDay,
  validEnd,
  validId,
  validReason,
} from './enrolment-rules';

interface EnrolmentRow {
  id: string;
  offering_id: string;
  participant_id: string;
  status: EnrolmentStatus;
  interruption_reason: InterruptionReason | null;
  planned_from: string;
  planned_to: string;
  started_on: string | null;
  ended_on: string | null;
  certificate_issued: boolean;
  cost: string;
  version: number;
  created_at: Date;
}

/** An enrolment's columns as EnrolmentRow reads them; `e` is the enrolment table. */
const enrolmentColumns = `e.id, e.offering_id, e.participant_id, e.status, e.interruption_reason,
  to_char(e.planned_from, 'YYYY-MM-DD') AS planned_from, to_char(e.planned_to, 'YYYY-MM-DD') AS planned_to,
  to_char(e.started_on, 'YYYY-MM-DD') AS started_on, to_char(e.ended_on, 'YYYY-MM-DD') AS ended_on,
  e.certificate_issued, e.cost_per_participant::text AS cost, e.version, e.created_at`;

const activeStatuses = `('PLANNED', 'ONGOING')`;

function toModel(row: EnrolmentRow): EnrolmentModel {
  return {
    id: row.id,
    offeringId: row.offering_id,
    participantId: row.participant_id,
    status: row.status,
    interruptionReason: row.interruption_reason,
    plannedFrom: row.planned_from,
    plannedTo: row.planned_to,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    certificateIssued: row.certificate_issued,
    costPerParticipant: Number(row.cost),
    version: row.version,
    createdAt: row.created_at,
  };
}

/** An enrolment a command works on, locked FOR UPDATE, with what decides who may change it. */
interface LockedEnrolment extends EnrolmentRow {
  provider_id: string;
  office_ids: string[];
  municipality_code: string;
  in_reach: boolean;
}

/** The row of `UPDATE … RETURNING` through TypeORM's query, which answers [rows, count]. */
function updatedRow(result: unknown[]): EnrolmentRow {
  const first = result[0];
  return (Array.isArray(first) ? first[0] : first) as EnrolmentRow;
}

/** Use cases: one method, one transaction, its outbox events; every one within the caller's scope. */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly activities: ActivitiesService,
    private readonly reach: ParticipantReach,
  ) {}

  /**
   * Enrols a participant in the caller's reach on an offering the caller reads (`access` under the
   * offering policy). The offering row stays locked until commit, so concurrent enrolments on one
   * offering count seats one after another and capacity holds.
   */
  async enrol(access: Access, input: EnrolInput): Promise<EnrolmentModel> {
    const offeringId = validId('offeringId', input.offeringId);
    const participantId = validId('participantId', input.participantId);
    return this.dataSource.transaction(async (manager) => {
      const offering = await this.activities.lockForCommand(manager, access, offeringId);
      const participant = await this.reach.lockInReach(manager, access, participantId);
      if (participant.status === 'EXITED' || participant.status === 'ERASED') {
        throw participantNotActive();
      }
      if (offering.status === 'FULL') throw offeringFull();
      if (!takesEnrolments(offering.status)) throw offeringClosed();
      const [seats] = (await manager.query(
        `SELECT count(*)::int AS taken, coalesce(bool_or(participant_id = $2), false) AS mine
         FROM enrolment WHERE offering_id = $1 AND status IN ${activeStatuses}`,
        [offering.id, participantId],
      )) as { taken: number; mine: boolean }[];
      if (seats!.mine) throw alreadyEnrolled();
      if (seats!.taken >= offering.capacity) throw offeringFull();
      const { caller } = access;
      const enrollingOffice = caller.role === 'officer' ? (caller.officeId ?? null) : null;
      const enrollingMunicipality =
        caller.role === 'municipal_case_worker' ? (caller.municipalityCode ?? null) : null;
      // The partial unique index is the guarantee behind the check above.
      const [row] = (await manager.query(
        `INSERT INTO enrolment AS e (id, offering_id, participant_id, status, planned_from, planned_to,
           certificate_issued, cost_per_participant, enrolling_office_id, enrolling_municipality_code,
           version, created_at, created_by)
         VALUES ($1, $2, $3, 'PLANNED', $4, $5, false, $6::numeric, $7, $8, 1, now(), $9)
         ON CONFLICT (offering_id, participant_id) WHERE status IN ${activeStatuses} DO NOTHING
         RETURNING ${enrolmentColumns}`,
        [
          randomUUID(),
          offering.id,
          participantId,
          offering.fromDate,
          offering.toDate,
          offering.costPerParticipant,
          enrollingOffice,
          enrollingMunicipality,
          caller.userId,
        ],
      )) as EnrolmentRow[];
      if (!row) throw alreadyEnrolled();
      await this.outbox.publish(manager, enrolmentCreatedV1, {
        subject: row.id,
        data: {
          enrolmentId: row.id,
          offeringId: offering.id,
          participantId,
          typeCode: offering.typeCode,
          providerId: offering.providerId,
          municipalityCode: offering.municipalityCode,
          officeId: enrollingOffice,
          enrollingMunicipalityCode: enrollingMunicipality,
          plannedFrom: row.planned_from,
          plannedTo: row.planned_to,
          costPerParticipant: row.cost,
          createdAt: row.created_at.toISOString(),
          createdBy: caller.userId,
        },
      });
      return toModel(row);
    });
  }

  async start(access: Access, input: StartEnrolmentInput): Promise<EnrolmentModel> {
    const enrolmentId = validId('enrolmentId', input.enrolmentId);
    const startedOn = validDay('startedOn', input.startedOn);
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockForChange(manager, access, enrolmentId, 'start');
      const row = await this.update(manager, target.id, `status = 'ONGOING', started_on = $2`, [
        startedOn,
      ]);
      await this.outbox.publish(manager, enrolmentStartedV1, {
        subject: row.id,
        data: {
          ...this.ids(row),
          startedOn,
          version: row.version,
          recordedAt: new Date().toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return toModel(row);
    });
  }

  async interrupt(access: Access, input: InterruptEnrolmentInput): Promise<EnrolmentModel> {
    const enrolmentId = validId('enrolmentId', input.enrolmentId);
    const reason = validReason(input.reason);
    validDay('interruptedOn', input.interruptedOn);
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockForChange(manager, access, enrolmentId, 'interrupt');
      const interruptedOn = validEnd('interruptedOn', input.interruptedOn, target.started_on);
      const row = await this.update(
        manager,
        target.id,
        `status = 'INTERRUPTED', interruption_reason = $2, ended_on = $3`,
        [reason, interruptedOn],
      );
      await this.outbox.publish(manager, enrolmentInterruptedV1, {
        subject: row.id,
        data: {
          ...this.ids(row),
          from: target.status as 'PLANNED' | 'ONGOING',
          reason,
          interruptedOn,
          version: row.version,
          recordedAt: new Date().toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return toModel(row);
    });
  }

  async complete(access: Access, input: CompleteEnrolmentInput): Promise<EnrolmentModel> {
    const enrolmentId = validId('enrolmentId', input.enrolmentId);
    validDay('completedOn', input.completedOn);
    const certificateIssued = input.certificateIssued === true;
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockForChange(manager, access, enrolmentId, 'complete');
      const completedOn = validEnd('completedOn', input.completedOn, target.started_on);
      const row = await this.update(
        manager,
        target.id,
        `status = 'COMPLETED', ended_on = $2, certificate_issued = $3`,
        [completedOn, certificateIssued],
      );
      await this.outbox.publish(manager, enrolmentCompletedV1, {
        subject: row.id,
        data: {
          ...this.ids(row),
          completedOn,
          certificateIssued,
          costPerParticipant: row.cost,
          version: row.version,
          recordedAt: new Date().toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return toModel(row);
    });
  }

  /** The enrolments among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(EnrolmentModel | null)[]> {
    const rows = await this.visible(access, 'e.id = ANY($1::uuid[])', [ids.filter(isUuid)]);
    const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /** The caller's enrolments on any of the offerings, oldest first: one query per batch. */
  async byOfferings(access: Access, offeringIds: readonly string[]): Promise<EnrolmentModel[]> {
    const rows = await this.visible(access, 'e.offering_id = ANY($1::uuid[])', [
      offeringIds.filter(isUuid),
    ]);
    return rows.map(toModel);
  }

  /** The caller's enrolments of any of the participants, oldest first: one query per batch. */
  async byParticipants(
    access: Access,
    participantIds: readonly string[],
  ): Promise<EnrolmentModel[]> {
    const rows = await this.visible(access, 'e.participant_id = ANY($1::uuid[])', [
      participantIds.filter(isUuid),
    ]);
    return rows.map(toModel);
  }

  private async visible(
    access: Access,
    condition: string,
    params: unknown[],
  ): Promise<EnrolmentRow[]> {
    const inScope = scopeCondition(access.scope, enrolmentScopeColumns, params);
    return (await this.dataSource.query(
      `SELECT ${enrolmentColumns} FROM ${enrolmentTables}
       WHERE ${condition} AND ${inScope} ORDER BY e.created_at, e.id`,
      params,
    )) as EnrolmentRow[];
  }

  /**
   * The enrolment locked for `action` if the caller reads it (ENROLMENT.NOT_FOUND otherwise, the same
   * for a foreign and a missing id), may do it, and its status allows it.
   */
  private async lockForChange(
    manager: EntityManager,
    access: Access,
    enrolmentId: string,
    action: EnrolmentAction,
  ): Promise<LockedEnrolment> {
    const params: unknown[] = [enrolmentId];
    const inScope = scopeCondition(access.scope, enrolmentScopeColumns, params);
    const inReach = reachCondition(access.caller, 'r', params);
    const [target] = (await manager.query(
      `SELECT ${enrolmentColumns}, o.provider_id, o.office_ids, o.municipality_code,
         coalesce(${inReach}, false) AS in_reach
       FROM ${enrolmentTables} WHERE e.id = $1 AND ${inScope} FOR UPDATE OF e`,
      params,
    )) as LockedEnrolment[];
    if (!target) throw enrolmentNotFound();
    const offering = {
      providerId: target.provider_id,
      officeIds: target.office_ids,
      municipalityCode: target.municipality_code,
    };
    if (action === 'complete') {
      if (!mayComplete(access.caller, offering)) throw completionNotAllowed();
    } else if (!mayChangeEnrolment(access.caller, target.in_reach, offering)) {
      throw enrolmentChangeNotAllowed();
    }
    if (!nextStatus(target.status, action)) throw enrolmentTransitionNotAllowed();
    return target;
  }

  private async update(
    manager: EntityManager,
    id: string,
    assignments: string,
    params: unknown[],
  ): Promise<EnrolmentRow> {
    const result = (await manager.query(
      `UPDATE enrolment e SET ${assignments}, version = e.version + 1 WHERE e.id = $1
       RETURNING ${enrolmentColumns}`,
      [id, ...params],
    )) as unknown[];
    return updatedRow(result);
  }

  private ids(row: EnrolmentRow) {
    return { enrolmentId: row.id, offeringId: row.offering_id, participantId: row.participant_id };
  }
}
