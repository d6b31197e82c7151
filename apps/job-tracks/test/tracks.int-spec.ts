import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, EmployerEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe } from '@jobbnatet/testing';
import {
  activeAgreement,
  admin,
  aTrack,
  cancelMutation,
  caseWorker,
  createAgreementMutation,
  createTrack,
  createTrackMutation,
  employerId,
  must,
  needId,
  anAgreement,
  officer,
  profileId,
  repeatTrackMutation,
  startJobTracks,
  traces,
  endAgreementMutation,
} from './support/job-tracks';
import { replicated, replicateEmployers } from './support/employers';

const byId = `query One($id: ID!) {
  jobTrack(id: $id) {
    id name employerIds competenceProfileId agreement { id status }
    previousRound { id round }
  }
}`;
const list = 'query L($phase: TrackPhase) { jobTracks(phase: $phase, first: 200) { id } }';
const references = `query E($r: [_Any!]!) {
  _entities(representations: $r) { ... on JobTrack { id } ... on CollaborationAgreement { id } }
}`;

describe('job tracks on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let agreementId: string;

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    probe = await KafkaProbe.start([topics.jobTracks]);
    agreementId = await activeAgreement(subgraph);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining([
        'query { jobTrack }',
        'mutation { advancePhase }',
        'mutation { createCollaborationAgreement }',
      ]),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('creates a track in PLANNING on its agreement and publishes track.created with ids, codes and dates only', async () => {
    const input = aTrack(agreementId, { name: 'Hemligt spårnamn' });
    const track = await must<Record<string, unknown>>(subgraph, officer, createTrackMutation, {
      input,
    });
    expect(track).toMatchObject({
      name: 'Hemligt spårnamn',
      agreementId,
      round: 1,
      previousRoundId: null,
      phase: 'PLANNING',
      status: 'ACTIVE',
      plannedStart: '2027-02-01',
      plannedEnd: '2027-12-17',
      employerIds: [employerId],
      competenceProfileId: profileId,
      coordinators: input.coordinators,
      version: 1,
    });
    const message = await probe.waitFor((m) => m.key === track.id, 10_000);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'track.created',
        data: {
          trackId: track.id,
          agreementId,
          round: 1,
          employerIds: [employerId],
          competenceProfileId: profileId,
          targetParticipants: 12,
          phase: 'PLANNING',
        },
      },
    });
    expect(message.value!.toString()).not.toContain('Hemligt');
  });

  it('holds the ids of its employers and competence profile, which the employers subgraph resolves', async () => {
    const track = await createTrack(subgraph, agreementId);
    expect(await subgraph.call(officer, byId, { id: track.id })).toMatchObject({
      data: {
        jobTrack: {
          employerIds: [employerId],
          competenceProfileId: profileId,
          agreement: { id: agreementId, status: 'ACTIVE' },
        },
      },
    });
  });

  describe('rests on a valid agreement', () => {
    const refusedWith = async (input: ReturnType<typeof aTrack>, reason: string, why?: RegExp) => {
      const before = await traces(subgraph);
      const result = await subgraph.call(officer, createTrackMutation, { input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason });
      if (why) expect(result.errors?.[0]?.message).toMatch(why);
      expect(await traces(subgraph)).toBe(before);
    };

    it('refuses a draft agreement', async () => {
      const { id } = await must<{ id: string }>(subgraph, officer, createAgreementMutation, {
        input: anAgreement(),
      });
      await refusedWith(aTrack(id), 'TRACK.AGREEMENT_NOT_VALID', /not active/);
    });

    it('refuses an ended agreement', async () => {
      const id = await activeAgreement(subgraph);
      await must(subgraph, officer, endAgreementMutation, { agreementId: id });
      await refusedWith(aTrack(id), 'TRACK.AGREEMENT_NOT_VALID', /not active/);
    });

    it('refuses dates the agreement does not cover', async () => {
      const id = await activeAgreement(subgraph, { validTo: '2027-06-30' });
      await refusedWith(aTrack(id), 'TRACK.AGREEMENT_NOT_VALID', /does not cover/);
    });

    it('refuses an agreement with another municipality', async () => {
      const id = await activeAgreement(subgraph, { municipalityCode: '0140' });
      await refusedWith(aTrack(id), 'TRACK.AGREEMENT_NOT_VALID', /another municipality/);
    });

    it('refuses an agreement sharing no office with the track', async () => {
      const id = await activeAgreement(subgraph, { officeIds: ['af-sodertalje'] });
      await refusedWith(aTrack(id, { officeIds: ['af-botkyrka'] }), 'TRACK.WRITE_NOT_ALLOWED');
      const result = await subgraph.call(admin, createTrackMutation, {
        input: aTrack(id, { officeIds: ['af-botkyrka'] }),
      });
      expect(result.errors?.[0]?.message).toMatch(/shares no office/);
    });

    it('answers a missing and a foreign agreement the same: not found', async () => {
      const solna = callers.officer('af-solna');
      const foreign = await subgraph.call(solna, createTrackMutation, {
        input: aTrack(agreementId, { officeIds: ['af-solna'] }),
      });
      const missing = await subgraph.call(solna, createTrackMutation, {
        input: aTrack(randomUUID(), { officeIds: ['af-solna'] }),
      });
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ reason: 'AGREEMENT.NOT_FOUND' });
      expect(missing.errors?.[0]?.extensions).toEqual(foreign.errors?.[0]?.extensions);
    });
  });

  describe('the employers replica', () => {
    let events: EmployerEvents;
    beforeAll(async () => {
      events = await EmployerEvents.start();
    });
    afterAll(async () => {
      await events?.stop();
    });

    /** The error of a createTrack that must fail, with nothing written. */
    const refusal = async (design: Parameters<typeof aTrack>[1]) => {
      const before = await traces(subgraph);
      const response = await subgraph.call(officer, createTrackMutation, {
        input: aTrack(agreementId, design),
      });
      expect(response.data).toBeNull();
      expect(await traces(subgraph)).toBe(before);
      return response.errors?.[0];
    };

    it('answers an employer, need or profile it has not seen with a retryable error naming the field, and takes the track once each event arrived', async () => {
      const [employer, need, profile] = [randomUUID(), randomUUID(), randomUUID()];
      const design = {
        employerIds: [employer],
        competenceNeedIds: [need],
        competenceProfileId: profile,
      };
      const notReplicated = (field: string) => ({
        code: 'NOT_FOUND',
        reason: 'TRACK.REFERENCE_NOT_REPLICATED',
        field,
        retryable: true,
      });
      expect((await refusal(design))?.extensions).toEqual(notReplicated('employerIds'));
      await events.publish(events.registered(employer));
      await replicated(subgraph, { employerIds: [employer] });
      expect((await refusal(design))?.extensions).toEqual(notReplicated('competenceNeedIds'));
      await events.publish(events.needRecorded(need, employer));
      await replicated(subgraph, { needIds: [need] });
      const unseenProfile = await refusal(design);
      expect(unseenProfile?.extensions).toEqual(notReplicated('competenceProfileId'));
      expect(unseenProfile?.message).not.toContain(profile);
      await events.publish(events.profile(profile, need, employer));
      await replicated(subgraph, { profileIds: [profile] });
      const created = await createTrack(subgraph, agreementId, design);
      expect(created).toMatchObject({ phase: 'PLANNING' });
      const repeated = await must<{ round: number }>(subgraph, officer, repeatTrackMutation, {
        input: { trackId: created.id },
      });
      expect(repeated.round).toBe(2);
    });

    it('refuses a need or a profile of an employer that is not one of the track’s', async () => {
      const [other, otherNeed, otherProfile] = [randomUUID(), randomUUID(), randomUUID()];
      await events.publish(
        events.registered(other),
        events.needRecorded(otherNeed, other),
        events.profile(otherProfile, otherNeed, other),
      );
      await replicated(subgraph, {
        employerIds: [other],
        needIds: [otherNeed],
        profileIds: [otherProfile],
      });
      const mismatch = (field: string) => ({
        code: 'CONFLICT',
        reason: 'TRACK.REFERENCES_MISMATCH',
        field,
      });
      expect((await refusal({ competenceNeedIds: [needId, otherNeed] }))?.extensions).toEqual(
        mismatch('competenceNeedIds'),
      );
      expect((await refusal({ competenceProfileId: otherProfile }))?.extensions).toEqual(
        mismatch('competenceProfileId'),
      );
      // Either employer's needs and profile belong together once both employers are the track's.
      expect(
        await createTrack(subgraph, agreementId, {
          employerIds: [employerId, other],
          competenceNeedIds: [needId, otherNeed],
          competenceProfileId: otherProfile,
        }),
      ).toMatchObject({ phase: 'PLANNING' });
    });

    it('applies a redelivered event once and never goes back to an older state', async () => {
      const [employer, need, profile] = [randomUUID(), randomUUID(), randomUUID()];
      const registered = events.registered(employer);
      const recorded = events.needRecorded(need, employer);
      const agreed = events.profile(profile, need, employer);
      const withdrawn = events.needStatusChanged(need, employer, { from: 'OPEN', to: 'WITHDRAWN' });
      const revised = events.profile(profile, need, employer, 2);
      const moved = events.updated(employer, ['af-sodertalje', 'af-botkyrka']);
      await events.publish(registered, recorded, agreed, withdrawn, revised, moved);
      // The same events again (a redelivery) and, as separate events, an older state.
      const stale = events.profile(profile, need, employer, 1);
      await events.publish(registered, recorded, agreed, withdrawn, revised, moved, stale);
      const marker = randomUUID();
      await events.publish(events.registered(marker));
      await replicated(subgraph, { employerIds: [marker] });
      expect(
        await subgraph.sql(
          `SELECT e.office_ids, n.status, p.version
           FROM employer_replica e, competence_need_replica n, competence_profile_replica p
           WHERE e.employer_id = $1 AND n.need_id = $2 AND p.profile_id = $3`,
          [employer, need, profile],
        ),
      ).toEqual([
        { office_ids: ['af-sodertalje', 'af-botkyrka'], status: 'WITHDRAWN', version: 2 },
      ]);
    });
  });

  describe('repeat rounds', () => {
    it('copy the design into a new round linked to the previous, after its planned end', async () => {
      const first = await createTrack(subgraph, agreementId);
      const second = await must<Record<string, unknown>>(
        subgraph,
        caseWorker,
        repeatTrackMutation,
        {
          input: { trackId: first.id },
        },
      );
      expect(second).toMatchObject({
        round: 2,
        previousRoundId: first.id,
        phase: 'PLANNING',
        agreementId,
        employerIds: [employerId],
        competenceProfileId: profileId,
        targetParticipants: 12,
        plannedStart: '2027-12-18',
      });
      expect((second.timeline as { phase: string }[]).map((p) => p.phase)).toEqual([
        'PLANNING',
        'RECRUITMENT',
        'IMPLEMENTATION',
        'CLOSING',
      ]);
      expect(await subgraph.call(officer, byId, { id: second.id })).toMatchObject({
        data: { jobTrack: { previousRound: { id: first.id, round: 1 } } },
      });
      const message = await probe.waitFor((m) => m.key === second.id, 10_000);
      expect(parseEvent(message.value!)).toMatchObject({
        ok: true,
        envelope: { data: { previousRoundId: first.id, round: 2 } },
      });
    });

    it('gives each round one next round, and repeats a cancelled track too', async () => {
      const first = await createTrack(subgraph, agreementId);
      await must(subgraph, officer, cancelMutation, {
        input: { trackId: first.id, reasonCode: 'NEED_CHANGED', reasonText: 'Behovet sköts upp.' },
      });
      await must(subgraph, officer, repeatTrackMutation, { input: { trackId: first.id } });
      const before = await traces(subgraph);
      const again = await subgraph.call(officer, repeatTrackMutation, {
        input: { trackId: first.id },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.ALREADY_REPEATED' });
      expect(await traces(subgraph)).toBe(before);
    });

    it('refuses a next round its agreement does not cover', async () => {
      const short = await activeAgreement(subgraph, { validTo: '2028-01-31' });
      const first = await createTrack(subgraph, short);
      const before = await traces(subgraph);
      const next = await subgraph.call(officer, repeatTrackMutation, {
        input: { trackId: first.id },
      });
      expect(next.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.AGREEMENT_NOT_VALID' });
      expect(await traces(subgraph)).toBe(before);
    });
  });

  describe('scope', () => {
    let trackId: string;
    const sees = async (caller: Parameters<Subgraph['call']>[0], id: string) => {
      const one = await subgraph.call<{ jobTrack: { id: string } | null }>(caller, byId, { id });
      const listed = await subgraph.call<{ jobTracks: { id: string }[] }>(caller, list, {});
      const entity = await subgraph.call<{ _entities: ({ id: string } | null)[] }>(
        caller,
        references,
        { r: [{ __typename: 'JobTrack', id }] },
      );
      return {
        one: one.data?.jobTrack?.id === id,
        listed: listed.data!.jobTracks.some((t) => t.id === id),
        entity: entity.data?._entities[0]?.id === id,
      };
    };
    const all = { one: true, listed: true, entity: true };
    const nothing = { one: false, listed: false, entity: false };

    beforeAll(async () => {
      trackId = (
        await createTrack(subgraph, agreementId, {
          municipalityCodes: ['0181', '0140'],
          officeIds: ['af-sodertalje', 'af-botkyrka'],
        })
      ).id;
    });

    it.each([
      ['an officer of one of its offices', callers.officer('af-botkyrka')],
      ['a case worker of one of its municipalities', callers.caseWorker('0140')],
      [
        'a process leader of one of its offices',
        { ...callers.processLeader(), officeId: 'af-sodertalje' },
      ],
      ['an employer contact of its employer', callers.employerContact(employerId)],
      ['an admin', callers.admin()],
    ])('shows it to %s on every path', async (_who, caller) => {
      expect(await sees(caller, trackId)).toEqual(all);
    });

    it.each([
      ['an officer of another office', callers.officer('af-solna')],
      ['a case worker of another municipality', callers.caseWorker('0180')],
      ['a process leader of another office', { ...callers.processLeader(), officeId: 'af-solna' }],
      ['a process leader without an office', callers.processLeader()],
      ['an employer contact of another employer', callers.employerContact()],
      ['an analyst', callers.analyst()],
      ['provider staff', callers.providerStaff()],
    ])('hides it from %s on every path, exactly like a missing id', async (_who, caller) => {
      expect(await sees(caller, trackId)).toEqual(nothing);
      const real = await subgraph.call(caller, byId, { id: trackId });
      expect(await subgraph.call(caller, byId, { id: randomUUID() })).toEqual(real);
      const command = await subgraph.call(caller, cancelMutation, {
        input: { trackId, reasonCode: 'OTHER', reasonText: 'Försök' },
      });
      const missing = await subgraph.call(caller, cancelMutation, {
        input: { trackId: randomUUID(), reasonCode: 'OTHER', reasonText: 'Försök' },
      });
      expect(command.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.NOT_FOUND' });
      expect(missing.errors?.[0]?.extensions).toEqual(command.errors?.[0]?.extensions);
    });

    it('shows an employer contact the track but not the agreement between the authorities', async () => {
      const contact = callers.employerContact(employerId);
      expect(await subgraph.call(contact, byId, { id: trackId })).toMatchObject({
        data: { jobTrack: { id: trackId, agreement: null } },
      });
      expect(
        await subgraph.call(contact, references, {
          r: [{ __typename: 'CollaborationAgreement', id: agreementId }],
        }),
      ).toEqual({ status: 200, data: { _entities: [null] } });
    });

    it('lets an employer contact and a process leader read but not write', async () => {
      for (const reader of [
        callers.employerContact(employerId),
        { ...callers.processLeader(), officeId: 'af-sodertalje' },
      ]) {
        const before = await traces(subgraph);
        const result = await subgraph.call(reader, cancelMutation, {
          input: { trackId, reasonCode: 'OTHER', reasonText: 'Försök' },
        });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        const created = await subgraph.call(reader, createTrackMutation, {
          input: aTrack(agreementId),
        });
        expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(await traces(subgraph)).toBe(before);
      }
    });

    it('lets a case worker create a track in their municipality, and refuses one outside it', async () => {
      const own = await createTrack(subgraph, agreementId, {}, caseWorker);
      expect(own.phase).toBe('PLANNING');
      const before = await traces(subgraph);
      const foreign = await subgraph.call(callers.caseWorker('0180'), createTrackMutation, {
        input: aTrack(agreementId),
      });
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.WRITE_NOT_ALLOWED' });
      expect(await traces(subgraph)).toBe(before);
    });
  });
});
