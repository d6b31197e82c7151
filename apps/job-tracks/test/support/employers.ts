import { EmployerEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import { employerId, needId, profileId } from './job-tracks';

/** Waits until the employers replica holds each of the ids. */
export async function replicated(
  subgraph: Subgraph,
  ids: { employerIds?: string[]; needIds?: string[]; profileIds?: string[] },
): Promise<void> {
  await expectEventually(async () => {
    const [row] = await subgraph.sql<{ employers: string; needs: string; profiles: string }>(
      `SELECT (SELECT count(*) FROM employer_replica WHERE employer_id = ANY($1::uuid[])) AS employers,
         (SELECT count(*) FROM competence_need_replica WHERE need_id = ANY($2::uuid[])) AS needs,
         (SELECT count(*) FROM competence_profile_replica WHERE profile_id = ANY($3::uuid[])) AS profiles`,
      [ids.employerIds ?? [], ids.needIds ?? [], ids.profileIds ?? []],
    );
    expect([Number(row!.employers), Number(row!.needs), Number(row!.profiles)]).toEqual([
      ids.employerIds?.length ?? 0,
      ids.needIds?.length ?? 0,
      ids.profileIds?.length ?? 0,
    ]);
  });
}

/**
 * Plays the employers service's events for the employer, need and profile `aTrack` names (and any
 * further employers), and waits until the replica has them, so tracks can be created.
 */
export async function replicateEmployers(
  subgraph: Subgraph,
  moreEmployerIds: string[] = [],
): Promise<void> {
  const events = await EmployerEvents.start();
  try {
    await events.publish(
      ...[employerId, ...moreEmployerIds].map((id) => events.registered(id)),
      events.needRecorded(needId, employerId),
      events.profile(profileId, needId, employerId),
    );
    await replicated(subgraph, {
      employerIds: [employerId, ...moreEmployerIds],
      needIds: [needId],
      profileIds: [profileId],
    });
  } finally {
    await events.stop();
  }
}
