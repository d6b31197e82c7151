import { swedishDay } from '@jobbnatet/domain-se';
import { type GatewayClient, inParallel, input } from '../gateway-client';
import type { DemoRegion, PlannedParticipant, PlannedTrack } from '../plan';
import type { RegionOffice } from '../region-data';
import type { Tally } from './tally';

/** A cohort member as the participants service knows them. */
export interface LoadedParticipant {
  id: string;
  /** Their prerequisites assessment, which the recruitment pipeline cites. */
  assessmentId: string;
}

interface ExistingParticipant {
  id: string;
  identityNumber: string | null;
  assessments: { id: string }[] | null;
}

const participantsQuery = `query P($after: String, $officeId: String) {
  participants(first: 100, after: $after, filter: { officeId: $officeId }) {
    edges { node { id identityNumber assessments { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ParticipantPage {
  participants: {
    edges: { node: ExistingParticipant }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

async function existingAt(client: GatewayClient, office: RegionOffice) {
  const found = new Map<string, ExistingParticipant>();
  let after: string | undefined;
  for (;;) {
    const { participants }: ParticipantPage = await client.run<ParticipantPage>(
      office.officer,
      participantsQuery,
      { after, officeId: office.officeId },
    );
    for (const { node } of participants.edges) {
      if (node.identityNumber) found.set(node.identityNumber.replace(/\D/g, ''), node);
    }
    if (!participants.pageInfo.hasNextPage) return found;
    after = participants.pageInfo.endCursor;
  }
}

/** `YYYYMMDD-NNNN`, the form the registration accepts. */
const asInput = (canonical: string) => `${canonical.slice(0, 8)}-${canonical.slice(8)}`;

/**
 * Registers the cohort at their tracks' offices (a person already registered there, found by
 * identity number, is used), with a prerequisites assessment each (dated the day of loading, as
 * the service requires) and, for some, consent to
 * share with their municipality. Answers identity number → participant.
 */
export async function loadParticipants(
  client: GatewayClient,
  region: DemoRegion,
  tally: Tally,
): Promise<Map<string, LoadedParticipant>> {
  const loaded = new Map<string, LoadedParticipant>();
  const byOffice = new Map<RegionOffice, { person: PlannedParticipant; track: PlannedTrack }[]>();
  for (const track of region.tracks) {
    for (const person of track.participants) {
      byOffice.set(track.office, [...(byOffice.get(track.office) ?? []), { person, track }]);
    }
  }
  await inParallel([...byOffice], 6, async ([office, people]) => {
    const existing = await existingAt(client, office);
    const missing = people.filter(({ person }) => {
      const found = existing.get(person.identityNumber);
      if (found?.assessments?.[0]) {
        loaded.set(person.identityNumber, { id: found.id, assessmentId: found.assessments[0].id });
        tally.found('participants');
        return false;
      }
      if (found) throw new Error('a participant was left half-seeded; reload from scratch');
      return true;
    });
    if (missing.length === 0) return;
    const registered = await client.batch<{ id: string }>(
      office.officer,
      'registerParticipant',
      '{ id }',
      missing.map(({ person }) =>
        input('RegisterParticipantInput!', {
          identityNumber: asInput(person.identityNumber),
          givenName: person.givenName,
          familyName: person.familyName,
          homeMunicipalityCode: office.municipalityCode,
          officeId: office.officeId,
        }),
      ),
    );
    const assessed = await client.batch<{ id: string }>(
      office.officer,
      'recordAssessment',
      '{ id }',
      missing.map((_, i) =>
        input('RecordAssessmentInput!', {
          participantId: registered[i]!.id,
          // Not before registration, not in the future: the day of loading.
          assessedOn: swedishDay(),
          factors: [
            { factor: 'LANGUAGE', level: i % 3 === 0 ? 'SOME_SUPPORT_NEEDED' : 'NO_OBSTACLE' },
            {
              factor: 'DIGITAL_SKILLS',
              level: i % 4 === 0 ? 'SOME_SUPPORT_NEEDED' : 'NO_OBSTACLE',
            },
          ],
        }),
      ),
    );
    const consenting = missing.flatMap(({ person }, i) =>
      person.consentToMunicipality ? [i] : [],
    );
    await client.batch(
      office.officer,
      'giveConsent',
      '{ id }',
      consenting.map((i) =>
        input('GiveConsentInput!', {
          participantId: registered[i]!.id,
          purpose: 'JOB_TRACK_COLLABORATION',
          municipalityCode: office.municipalityCode,
          givenOn: missing[i]!.person.admittedOn,
        }),
      ),
    );
    missing.forEach(({ person }, i) =>
      loaded.set(person.identityNumber, { id: registered[i]!.id, assessmentId: assessed[i]!.id }),
    );
    tally.created('participants', missing.length);
    tally.created('assessments', missing.length);
    tally.created('consents', consenting.length);
  });
  return loaded;
}
