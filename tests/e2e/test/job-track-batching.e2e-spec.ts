/**
 * Issue 16's "done when": a list of 100 tracks with their employers, profiles, offerings and
 * participants costs at most one `_entities` call per subgraph, counted at the subgraphs.
 *
 * It lives here, not in apps/gateway/test, because what it measures is the whole chain: the real
 * supergraph's query plan, the real gateway and the real subgraphs' entity resolution over their
 * databases (the gateway's own tests run toy subgraphs). The count is taken by proxies in front of
 * the platform's running subgraphs, behind a second gateway process configured as the platform's.
 *
 * Employers gets one call too: it adds `employers` and `competenceProfile` to the track itself
 * (`@requires` the ids), so both fields come from one batch of JobTrack representations.
 */
import { randomUUID } from 'node:crypto';
import { startCountingGateway, type CountingGateway } from './support/counting-gateway';
import {
  aParticipantOf,
  admit,
  advance,
  anActiveAgreement,
  anOffering,
  employerWithProfile,
  ok,
  okOnceReplicated,
  solna,
  timeline2027,
  type EmployerWithProfile,
} from './support/fixtures';
import { graphql, login } from './support/platform';

const tracks = 100;
const employers = 10;
const offerings = 10;
// Each admitted to ten tracks: still a reference per track, and few test identity numbers drawn
// (every spec file shuffles the same list, so each number drawn risks another file's).
const people = 10;

const listQuery = `query Tracks($first: Int!) {
  jobTracks(first: $first) {
    id
    employers { id name }
    competenceProfile { id occupation { code } }
    chain { offering { id placeName } }
    participants { participant { id givenName } }
  }
}`;

interface ListedTrack {
  id: string;
  employers: { id: string; name: string }[];
  competenceProfile: { id: string; occupation: { code: string } } | null;
  chain: { offering: { id: string; placeName: string } | null }[];
  participants: { participant: { id: string; givenName: string } }[];
}

/** Runs `work` for 0 … count-1, `width` at a time. */
async function inParallel(count: number, width: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

describe('a list of 100 job tracks through the gateway', () => {
  let gateway: CountingGateway;
  let officer: string;
  const expected = new Map<string, ListedTrack>();

  beforeAll(async () => {
    gateway = await startCountingGateway();
    // Solna's officer: no other spec writes tracks there, so the list is exactly these.
    officer = await login('officer_solna');
    const agreementId = await anActiveAgreement(officer, solna);
    const parties: (EmployerWithProfile & { name: string })[] = [];
    for (let index = 0; index < employers; index++) {
      const name = `Solna Åkeri ${index} AB`;
      parties.push({ ...(await employerWithProfile(officer, name)), name });
    }
    const places: { id: string; placeName: string }[] = [];
    for (let index = 0; index < offerings; index++) {
      const placeName = `Förarutbildning Solna ${index}`;
      const id = await anOffering(officer, solna, {
        typeCode: 'ARBETSMARKNADSUTBILDNING',
        placeName,
        fromDate: '2027-05-03',
        toDate: '2027-09-24',
      });
      places.push({ id, placeName });
    }
    const participants: { id: string; givenName: string }[] = [];
    for (let index = 0; index < people; index++) {
      // Names hold letters only: Deltagare A, B, …
      const givenName = `Deltagare ${String.fromCharCode(65 + index)}`;
      const id = await aParticipantOf(officer, solna, { givenName, familyName: 'Solnasson' });
      participants.push({ id, givenName });
    }

    await inParallel(tracks, 8, async (index) => {
      const [first, second] = [parties[index % employers]!, parties[(index + 1) % employers]!];
      const place = places[index % offerings]!;
      const participant = participants[index % people]!;
      const { createTrack } = await okOnceReplicated<{ createTrack: { id: string } }>(
        officer,
        `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }`,
        {
          input: {
            agreementId,
            name: `Lastbilsförare Solna ${index}`,
            municipalityCodes: [solna.municipalityCode],
            officeIds: [solna.officeId],
            employerIds: [first.employerId, second.employerId],
            competenceNeedIds: [first.needId],
            competenceProfileId: first.profileId,
            providerIds: [],
            targetParticipants: 8,
            timeline: timeline2027,
            operationalTeam: [],
            coordinators: [{ userId: randomUUID(), organisation: 'AF', role: 'Samordnare' }],
          },
        },
      );
      const trackId = createTrack.id;
      await okOnceReplicated(
        officer,
        `mutation S($input: AddChainStepInput!) { addChainStep(input: $input) { id } }`,
        {
          input: {
            trackId,
            offeringId: place.id,
            responsible: 'PROVIDER',
            plannedStart: '2027-05-03',
            plannedEnd: '2027-09-24',
          },
        },
      );
      await advance(officer, trackId);
      await admit(officer, trackId, participant.id, first.employerId);
      expected.set(trackId, {
        id: trackId,
        employers: [
          { id: first.employerId, name: first.name },
          { id: second.employerId, name: second.name },
        ],
        competenceProfile: { id: first.profileId, occupation: { code: '8332' } },
        chain: [{ offering: place }],
        participants: [{ participant }],
      });
    });
    // Some 2 000 commands: far beyond one test's default time.
  }, 600_000);

  afterAll(() => gateway?.stop());

  it('resolves every track whole, with at most one _entities call per subgraph, never one per track', async () => {
    gateway.reset();
    const answer = await graphql<{ jobTracks: ListedTrack[] }>(
      officer,
      listQuery,
      { first: tracks },
      gateway.url,
    );
    expect(answer.errors).toBeUndefined();
    const listed = answer.data!.jobTracks;
    expect(listed).toHaveLength(tracks);
    expect(new Map(listed.map((track) => [track.id, track]))).toEqual(expected);

    const calls = gateway.entitiesCalls();
    expect(calls['job-tracks']).toEqual([]);
    expect(calls.participants).toEqual([{ typenames: ['Participant'], representations: tracks }]);
    expect(calls.activities).toEqual([{ typenames: ['Offering'], representations: tracks }]);
    expect(calls.employers).toEqual([{ typenames: ['JobTrack'], representations: tracks }]);
  });

  it('answers through the counting gateway exactly as through the platform’s', async () => {
    const direct = await ok<{ jobTracks: ListedTrack[] }>(officer, listQuery, { first: tracks });
    const counted = await graphql<{ jobTracks: ListedTrack[] }>(
      officer,
      listQuery,
      { first: tracks },
      gateway.url,
    );
    expect(counted.data).toEqual(direct);
  });
});
