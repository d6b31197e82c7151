import {
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
  type ConsumedEvent,
  employerRegisteredV1,
  employerUpdatedV1,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { referenceNotReplicated, referencesMismatch } from '../core/track.errors';

// The replica of the employers service a track refers to. Each handler is idempotent: the kit's
// inbox applies an event id once, and a state older than the one held (a lower subject sequence,
// or profile version) is ignored. A change of something never seen is taken as its first
// sighting, since it carries everything kept here. An event without a sequence (written before
// the kit numbered them) counts as 0: it creates a row but changes none.

const upsertEmployer = (
  manager: EntityManager,
  event: ConsumedEvent<typeof employerRegisteredV1 | typeof employerUpdatedV1>,
) =>
  manager.query(
    `INSERT INTO employer_replica AS e (employer_id, office_ids, subject_sequence) VALUES ($1, $2, $3)
     ON CONFLICT (employer_id) DO UPDATE SET office_ids = $2, subject_sequence = $3
       WHERE e.subject_sequence < $3`,
    [event.data.employerId, event.data.officeIds, event.subjectsequence ?? 0],
  );

@Injectable()
export class EmployerRegisteredHandler implements EventHandler<typeof employerRegisteredV1> {
  readonly event = employerRegisteredV1;

  async handle(event: ConsumedEvent<typeof employerRegisteredV1>, manager: EntityManager) {
    await upsertEmployer(manager, event);
  }
}

@Injectable()
export class EmployerUpdatedHandler implements EventHandler<typeof employerUpdatedV1> {
  readonly event = employerUpdatedV1;

  async handle(event: ConsumedEvent<typeof employerUpdatedV1>, manager: EntityManager) {
    await upsertEmployer(manager, event);
  }
}

const upsertNeed = (
  manager: EntityManager,
  need: { needId: string; employerId: string; status: string; sequence: number },
) =>
  manager.query(
    `INSERT INTO competence_need_replica AS n (need_id, employer_id, status, subject_sequence)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (need_id) DO UPDATE SET status = $3, subject_sequence = $4
       WHERE n.subject_sequence < $4`,
    [need.needId, need.employerId, need.status, need.sequence],
  );

@Injectable()
export class CompetenceNeedRecordedHandler
  implements EventHandler<typeof competenceNeedRecordedV1>
{
  readonly event = competenceNeedRecordedV1;

  async handle(event: ConsumedEvent<typeof competenceNeedRecordedV1>, manager: EntityManager) {
    const { needId, employerId } = event.data;
    const sequence = event.subjectsequence ?? 0;
    await upsertNeed(manager, { needId, employerId, status: 'OPEN', sequence });
  }
}

@Injectable()
export class CompetenceNeedStatusChangedHandler
  implements EventHandler<typeof competenceNeedStatusChangedV1>
{
  readonly event = competenceNeedStatusChangedV1;

  async handle(event: ConsumedEvent<typeof competenceNeedStatusChangedV1>, manager: EntityManager) {
    const { needId, employerId, to } = event.data;
    const sequence = event.subjectsequence ?? 0;
    await upsertNeed(manager, { needId, employerId, status: to, sequence });
  }
}

type ProfileEvent = typeof competenceProfileAgreedV1 | typeof competenceProfileRevisedV1;

const upsertProfile = (manager: EntityManager, event: ConsumedEvent<ProfileEvent>) => {
  const { profileId, needId, employerId, version } = event.data;
  return manager.query(
    `INSERT INTO competence_profile_replica AS p (profile_id, need_id, employer_id, version)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (profile_id) DO UPDATE SET need_id = $2, employer_id = $3, version = $4
       WHERE p.version < $4`,
    [profileId, needId, employerId, version],
  );
};

@Injectable()
export class CompetenceProfileAgreedHandler
  implements EventHandler<typeof competenceProfileAgreedV1>
{
  readonly event = competenceProfileAgreedV1;

  async handle(event: ConsumedEvent<typeof competenceProfileAgreedV1>, manager: EntityManager) {
    await upsertProfile(manager, event);
  }
}

@Injectable()
export class CompetenceProfileRevisedHandler
  implements EventHandler<typeof competenceProfileRevisedV1>
{
  readonly event = competenceProfileRevisedV1;

  async handle(event: ConsumedEvent<typeof competenceProfileRevisedV1>, manager: EntityManager) {
    await upsertProfile(manager, event);
  }
}

export const employerReplicaHandlers = [
  EmployerRegisteredHandler,
  EmployerUpdatedHandler,
  CompetenceNeedRecordedHandler,
  CompetenceNeedStatusChangedHandler,
  CompetenceProfileAgreedHandler,
  CompetenceProfileRevisedHandler,
];

/** What a track's design refers to in the employers service. */
export interface EmployerReferences {
  employerIds: readonly string[];
  competenceNeedIds: readonly string[];
  competenceProfileId: string | null;
}

/**
 * What createTrack and repeatTrack check against the replica: every id seen (a retryable error
 * naming the field otherwise), and the needs and the profile of one of the track's employers.
 */
@Injectable()
export class EmployerReplica {
  async requireReferences(manager: EntityManager, track: EmployerReferences): Promise<void> {
    const owned = new Set(track.employerIds.map((id) => id.toLowerCase()));
    const needIds = new Set(track.competenceNeedIds.map((id) => id.toLowerCase()));
    const employers = (await manager.query(
      'SELECT employer_id FROM employer_replica WHERE employer_id = ANY($1::uuid[]) FOR SHARE',
      [[...owned]],
    )) as unknown[];
    if (employers.length < owned.size) throw referenceNotReplicated('employerIds');
    const needs = (await manager.query(
      `SELECT employer_id FROM competence_need_replica WHERE need_id = ANY($1::uuid[]) FOR SHARE`,
      [[...needIds]],
    )) as { employer_id: string }[];
    if (needs.length < needIds.size) throw referenceNotReplicated('competenceNeedIds');
    if (needs.some((need) => !owned.has(need.employer_id))) {
      throw referencesMismatch('competenceNeedIds');
    }
    if (track.competenceProfileId === null) return;
    const [profile] = (await manager.query(
      'SELECT employer_id FROM competence_profile_replica WHERE profile_id = $1 FOR SHARE',
      [track.competenceProfileId],
    )) as { employer_id: string }[];
    if (!profile) throw referenceNotReplicated('competenceProfileId');
    if (!owned.has(profile.employer_id)) throw referencesMismatch('competenceProfileId');
  }
}
