import { randomUUID } from 'node:crypto';
import {
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { employerScopeColumns } from '../employers/employer-access';
import {
  actionNotAllowed,
  competenceNotFound,
  invalidStatusTransition,
  needClosed,
  profileAlreadyAgreed,
} from '../employers/employer.errors';
import { EmployersService, isUuid } from '../employers/employers.service';
import { mayWorkOnCompetence } from './competence-access';
import { type NeedStatus, occupation } from './competence-codes';
import {
  type CompetenceNeedInput,
  type CompetenceProfileInput,
  isClosed,
  mayChangeStatus,
  type ValidCompetenceProfile,
  type ValidRequirements,
  validateCompetenceNeed,
  validateCompetenceProfile,
} from './competence-rules';
import type {
  CompetenceNeedModel,
  CompetenceProfileModel,
  CompetenceProfileVersionModel,
} from './competence.model';

interface NeedRow {
  id: string;
  employer_id: string;
  occupation_code: string;
  headcount: number;
  needed_from: string;
  needed_until: string | null;
  requirements: ValidRequirements;
  status: NeedStatus;
  recorded_at: Date;
  office_ids: string[];
}

interface VersionRow {
  profile_id: string;
  version: number;
  occupation_code: string;
  competences: ValidCompetenceProfile['competences'];
  language_requirements: ValidCompetenceProfile['languageRequirements'];
  agreed_at: Date;
}

interface ProfileRow extends VersionRow {
  id: string;
  need_id: string;
  employer_id: string;
  current_version: number;
  office_ids: string[];
  need_status: NeedStatus;
}

const needColumns = `n.id, n.employer_id, n.occupation_code, n.headcount,
  n.needed_from::text AS needed_from, n.needed_until::text AS needed_until, n.requirements,
  n.status, n.recorded_at, e.office_ids`;

const profileColumns = `p.id, p.need_id, p.employer_id, p.current_version, e.office_ids,
  n.status AS need_status, v.profile_id, v.version, v.occupation_code, v.competences,
  v.language_requirements, v.agreed_at`;

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** Competence needs and profiles: every path joins the employer and the caller's scope on it. */
@Injectable()
export class CompetenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly employers: EmployersService,
  ) {}

  async recordNeed(
    access: Access,
    input: CompetenceNeedInput & { employerId: string },
  ): Promise<CompetenceNeedModel> {
    const need = validateCompetenceNeed(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.lockForCommand(manager, access, input.employerId);
      if (!mayWorkOnCompetence(access.caller.role)) {
        throw actionNotAllowed('record a competence need');
      }
      const recordedAt = new Date();
      await manager.query(
        `INSERT INTO competence_need (id, employer_id, occupation_code, headcount, needed_from,
           needed_until, requirements, status, recorded_at, recorded_by, status_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8, $9, $8)`,
        [
          id,
          employer.id,
          need.occupationCode,
          need.headcount,
          need.neededFrom,
          need.neededUntil,
          JSON.stringify(need.requirements),
          recordedAt,
          access.caller.userId,
        ],
      );
      await this.outbox.publish(manager, competenceNeedRecordedV1, {
        subject: id,
        data: {
          needId: id,
          employerId: employer.id,
          officeIds: employer.office_ids,
          occupationCode: need.occupationCode,
          headcount: need.headcount,
          neededFrom: need.neededFrom,
          neededUntil: need.neededUntil,
          languages: need.requirements.languages,
          licences: need.requirements.licences,
          skillCount: need.requirements.skills.length,
          certificateCount: need.requirements.certificates.length,
          recordedAt: recordedAt.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
    });
    return this.readNeed(access, id);
  }

  async updateNeedStatus(
    access: Access,
    needId: string,
    status: NeedStatus,
  ): Promise<CompetenceNeedModel> {
    await this.dataSource.transaction(async (manager) => {
      const need = await this.lockNeed(manager, access, needId);
      if (!mayWorkOnCompetence(access.caller.role)) {
        throw actionNotAllowed('change a competence need');
      }
      if (!mayChangeStatus(need.status, status)) throw invalidStatusTransition();
      const changedAt = new Date();
      await manager.query(
        'UPDATE competence_need SET status = $2, status_changed_at = $3 WHERE id = $1',
        [need.id, status, changedAt],
      );
      await this.outbox.publish(manager, competenceNeedStatusChangedV1, {
        subject: need.id,
        data: {
          needId: need.id,
          employerId: need.employer_id,
          officeIds: need.office_ids,
          from: need.status,
          to: status,
          changedAt: changedAt.toISOString(),
          changedBy: access.caller.userId,
        },
      });
    });
    return this.readNeed(access, needId);
  }

  async agreeProfile(
    access: Access,
    input: CompetenceProfileInput & { needId: string },
  ): Promise<CompetenceProfileModel> {
    const profile = validateCompetenceProfile(input);
    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        const need = await this.lockNeed(manager, access, input.needId);
        if (!mayWorkOnCompetence(access.caller.role)) {
          throw actionNotAllowed('agree a competence profile');
        }
        if (isClosed(need.status)) throw needClosed();
        const [existing] = (await manager.query(
          'SELECT 1 FROM competence_profile WHERE need_id = $1',
          [need.id],
        )) as unknown[];
        if (existing) throw profileAlreadyAgreed();
        await manager.query(
          `INSERT INTO competence_profile (id, need_id, employer_id, current_version)
           VALUES ($1, $2, $3, 1)`,
          [id, need.id, need.employer_id],
        );
        await this.writeVersion(manager, access, id, 1, profile, need, competenceProfileAgreedV1);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw profileAlreadyAgreed();
      throw error;
    }
    return this.readProfile(access, id);
  }

  async reviseProfile(
    access: Access,
    profileId: string,
    input: CompetenceProfileInput,
  ): Promise<CompetenceProfileModel> {
    const profile = validateCompetenceProfile(input);
    await this.dataSource.transaction(async (manager) => {
      if (!isUuid(profileId)) throw competenceNotFound('profileId');
      const params: unknown[] = [profileId];
      const inScope = scopeCondition(access.scope, employerScopeColumns, params);
      const [current] = (await manager.query(
        `SELECT p.id, p.need_id, p.employer_id, p.current_version, e.office_ids, n.status
         FROM competence_profile p
         JOIN employer e ON e.id = p.employer_id
         JOIN competence_need n ON n.id = p.need_id
         WHERE p.id = $1 AND ${inScope} FOR UPDATE OF p`,
        params,
      )) as {
        id: string;
        need_id: string;
        employer_id: string;
        current_version: number;
        office_ids: string[];
        status: NeedStatus;
      }[];
      if (!current) throw competenceNotFound('profileId');
      if (!mayWorkOnCompetence(access.caller.role)) {
        throw actionNotAllowed('revise a competence profile');
      }
      if (isClosed(current.status)) throw needClosed();
      const version = current.current_version + 1;
      await manager.query('UPDATE competence_profile SET current_version = $2 WHERE id = $1', [
        current.id,
        version,
      ]);
      await this.writeVersion(
        manager,
        access,
        current.id,
        version,
        profile,
        { id: current.need_id, employer_id: current.employer_id, office_ids: current.office_ids },
        competenceProfileRevisedV1,
      );
    });
    return this.readProfile(access, profileId);
  }

  private async writeVersion(
    manager: EntityManager,
    access: Access,
    profileId: string,
    version: number,
    profile: ValidCompetenceProfile,
    need: Pick<NeedRow, 'id' | 'employer_id' | 'office_ids'>,
    event: typeof competenceProfileAgreedV1 | typeof competenceProfileRevisedV1,
  ): Promise<void> {
    const at = new Date();
    await manager.query(
      `INSERT INTO competence_profile_version (profile_id, version, occupation_code, competences,
         language_requirements, agreed_at, agreed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        profileId,
        version,
        profile.occupationCode,
        JSON.stringify(profile.competences),
        JSON.stringify(profile.languageRequirements),
        at,
        access.caller.userId,
      ],
    );
    await this.outbox.publish(manager, event, {
      subject: profileId,
      data: {
        profileId,
        needId: need.id,
        employerId: need.employer_id,
        officeIds: need.office_ids,
        version,
        occupationCode: profile.occupationCode,
        competenceCount: profile.competences.length,
        requiredCount: profile.competences.filter((c) => c.required).length,
        taxonomyConceptIds: [
          ...new Set(
            profile.competences.flatMap((c) => (c.taxonomyConceptId ? [c.taxonomyConceptId] : [])),
          ),
        ],
        languages: profile.languageRequirements,
        at: at.toISOString(),
        by: access.caller.userId,
      },
    });
  }

  /** For a command: the need, locked, if the caller reaches its employer; NOT_FOUND otherwise. */
  private async lockNeed(manager: EntityManager, access: Access, needId: string): Promise<NeedRow> {
    if (!isUuid(needId)) throw competenceNotFound('needId');
    const params: unknown[] = [needId];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT ${needColumns} FROM competence_need n JOIN employer e ON e.id = n.employer_id
       WHERE n.id = $1 AND ${inScope} FOR UPDATE OF n`,
      params,
    )) as NeedRow[];
    if (!row) throw competenceNotFound('needId');
    return row;
  }

  /** The needs among `ids` in the caller's scope, in the order of `ids` (null for the rest). */
  async findNeeds(access: Access, ids: readonly string[]): Promise<(CompetenceNeedModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${needColumns} FROM competence_need n JOIN employer e ON e.id = n.employer_id
       WHERE n.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as NeedRow[];
    const byId = new Map(rows.map((row) => [row.id, toNeed(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The needs of each employer among `employerIds` in the caller's scope, oldest first. */
  async needsOfEmployers(
    access: Access,
    employerIds: readonly string[],
    status: NeedStatus | null,
  ): Promise<CompetenceNeedModel[]> {
    const params: unknown[] = [employerIds.filter(isUuid)];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    let where = `n.employer_id = ANY($1::uuid[]) AND ${inScope}`;
    if (status !== null) {
      params.push(status);
      where += ` AND n.status = $${params.length}`;
    }
    const rows = (await this.dataSource.query(
      `SELECT ${needColumns} FROM competence_need n JOIN employer e ON e.id = n.employer_id
       WHERE ${where} ORDER BY n.recorded_at, n.id`,
      params,
    )) as NeedRow[];
    return rows.map(toNeed);
  }

  /** The current version of each profile among `ids` in the caller's scope (null for the rest). */
  async findProfiles(
    access: Access,
    ids: readonly string[],
    by: 'id' | 'need_id' = 'id',
  ): Promise<(CompetenceProfileModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, employerScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${profileColumns}
       FROM competence_profile p
       JOIN employer e ON e.id = p.employer_id
       JOIN competence_need n ON n.id = p.need_id
       JOIN competence_profile_version v ON v.profile_id = p.id AND v.version = p.current_version
       WHERE p.${by} = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as ProfileRow[];
    const byKey = new Map(rows.map((row) => [by === 'id' ? row.id : row.need_id, toProfile(row)]));
    return ids.map((id) => byKey.get(id) ?? null);
  }

  /** Every version of each profile among `profileIds` (already read in scope), first to last. */
  async versionsOf(profileIds: readonly string[]): Promise<VersionRow[]> {
    return (await this.dataSource.query(
      `SELECT profile_id, version, occupation_code, competences, language_requirements, agreed_at
       FROM competence_profile_version WHERE profile_id = ANY($1::uuid[])
       ORDER BY profile_id, version`,
      [profileIds],
    )) as VersionRow[];
  }

  private async readNeed(access: Access, id: string): Promise<CompetenceNeedModel> {
    const [need] = await this.findNeeds(access, [id]);
    return need!;
  }

  private async readProfile(access: Access, id: string): Promise<CompetenceProfileModel> {
    const [profile] = await this.findProfiles(access, [id]);
    return profile!;
  }
}

const occupationOf = (code: string) => occupation(code) ?? { code, name: code };

function toNeed(row: NeedRow): CompetenceNeedModel {
  return {
    id: row.id,
    employerId: row.employer_id,
    occupation: occupationOf(row.occupation_code),
    headcount: row.headcount,
    neededFrom: row.needed_from,
    neededUntil: row.needed_until,
    requirements: row.requirements,
    status: row.status,
    recordedAt: row.recorded_at,
  };
}

export function toVersion(row: VersionRow): CompetenceProfileVersionModel {
  return {
    version: row.version,
    occupation: occupationOf(row.occupation_code),
    competences: row.competences,
    languageRequirements: row.language_requirements,
    agreedAt: row.agreed_at,
  };
}

function toProfile(row: ProfileRow): CompetenceProfileModel {
  return {
    ...toVersion(row),
    id: row.id,
    needId: row.need_id,
    employerId: row.employer_id,
    status: 'AGREED',
  };
}
