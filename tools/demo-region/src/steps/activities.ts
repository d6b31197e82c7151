import { municipality } from '@jobbnatet/domain-se';
import { addDays, regionToday } from '../dates';
import { type GatewayClient, input } from '../gateway-client';
import { syntheticOrganisationNumber } from '../organisation-number';
import type { PlannedTrack } from '../plan';
import { sectors, type SectorCode } from '../region-data';
import type { Tally } from './tally';

/** The catalogue's providers, by name: AF, the track municipalities and a supplier per sector. */
export interface Providers {
  arbetsformedlingen: string;
  supplierOf: Record<SectorCode, string>;
  /** By kommunkod: the municipality's labour-market unit. */
  municipalityOf: Record<string, string>;
}

const municipalityName = (code: string) => municipality(code)!.name;

/** Supplier organisation numbers follow the region's synthetic scheme from serial 10 001. */
const supplierSerialBase = 10_000;

/**
 * The providers (an officer registers them; found by name first): Arbetsförmedlingen, the
 * labour-market unit of each municipality the tracks run in, and per sector the supplier of its
 * tailored training.
 */
export async function loadProviders(
  client: GatewayClient,
  officer: string,
  municipalityCodes: readonly string[],
  tally: Tally,
): Promise<Providers> {
  const { providers } = await client.run<{ providers: { id: string; name: string }[] }>(
    officer,
    `{ providers { id name } }`,
  );
  const byName = new Map(providers.map((p) => [p.name, p.id]));
  const ensure = async (
    name: string,
    kind: string,
    registration: { organisationNumber?: string; municipalityCode?: string },
  ) => {
    const found = byName.get(name);
    if (found) {
      tally.found('providers');
      return found;
    }
    const { registerProvider } = await client.run<{ registerProvider: { id: string } }>(
      officer,
      `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
      { input: { kind, name, ...registration } },
    );
    tally.created('providers');
    byName.set(name, registerProvider.id);
    return registerProvider.id;
  };
  const arbetsformedlingen = await ensure('Arbetsförmedlingen', 'ARBETSFORMEDLINGEN', {});
  const municipalityOf: Record<string, string> = {};
  for (const code of new Set(municipalityCodes)) {
    municipalityOf[code] = await ensure(
      `${municipalityName(code)} kommun, arbetsmarknadsenheten`,
      'MUNICIPALITY',
      { municipalityCode: code },
    );
  }
  const supplierOf = {} as Record<SectorCode, string>;
  for (const [i, sector] of (Object.keys(sectors) as SectorCode[]).entries()) {
    supplierOf[sector] = await ensure(`${sectors[sector].trainingPlace} AB`, 'SUPPLIER', {
      organisationNumber: syntheticOrganisationNumber(supplierSerialBase + i + 1),
    });
  }
  return { arbetsformedlingen, supplierOf, municipalityOf };
}

/** A weekday morning in Swedish winter time: the seed's sessions need no daylight-saving care. */
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00+01:00`;

/**
 * A track's offerings: Jobbforum at the office from recruitment, four weekly group meetings with
 * the admitted enrolled, started, their attendance recorded and, once its twelve weeks are over,
 * completed; the municipality's SFI beside it; and the sector's tailored training from
 * implementation. Written with the track (a track found is not run again).
 */
export async function loadTrackActivities(
  client: GatewayClient,
  track: PlannedTrack,
  participantIds: string[],
  providers: Providers,
  tally: Tally,
): Promise<void> {
  const officer = track.office.officer;
  const recruitment = track.timeline[1]!;
  const implementation = track.timeline[2]!;
  const sector = sectors[track.design.sector];
  const offering = async (values: Record<string, unknown>) =>
    (
      await client.run<{ createOffering: { id: string } }>(
        officer,
        `mutation O($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        {
          input: {
            municipalityCode: track.office.municipalityCode,
            officeIds: [track.office.officeId],
            occupationCodes: [sector.occupationCode],
            competences: [],
            languageCode: 'sv',
            ...values,
          },
        },
      )
    ).createOffering.id;
  const jobbforum = await offering({
    typeCode: 'JOBBFORUM',
    providerId: providers.arbetsformedlingen,
    placeName: `Jobbtorget ${track.office.place}`,
    fromDate: recruitment.plannedStart,
    toDate: addDays(recruitment.plannedStart, 83),
    capacity: participantIds.length + 10,
    costPerParticipant: 0,
  });
  await offering({
    typeCode: 'SKRADDARSYDD_UTBILDNING',
    providerId: providers.supplierOf[track.design.sector],
    placeName: sector.trainingPlace,
    fromDate: implementation.plannedStart,
    toDate: addDays(implementation.plannedStart, 89),
    capacity: Math.max(participantIds.length, 12),
    costPerParticipant: 45_000,
  });
  await offering({
    typeCode: 'SFI',
    providerId: providers.municipalityOf[track.office.municipalityCode],
    placeName: `${municipalityName(track.office.municipalityCode)} Vux`,
    fromDate: recruitment.plannedStart,
    toDate: addDays(recruitment.plannedStart, 179),
    capacity: 30,
    costPerParticipant: 0,
  });
  tally.created('offerings', 3);

  const meetings = [0, 7, 14, 21].map((days) => addDays(recruitment.plannedStart, days + 1));
  const sessions = await client.run<{ scheduleSessions: { id: string }[] }>(
    officer,
    `mutation S($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id } }`,
    {
      input: {
        offeringId: jobbforum,
        sessions: meetings.map((day) => ({
          kind: 'GROUP_MEETING',
          startsAt: at(day, 9),
          endsAt: at(day, 12),
          room: 'Jobbtorget, sal 2',
          leader: 'Arbetsförmedlingen',
        })),
      },
    },
  );
  tally.created('sessions', meetings.length);
  if (participantIds.length === 0) return;
  const enrolments = await client.batch<{ id: string }>(
    officer,
    'enrol',
    '{ id }',
    participantIds.map((participantId) =>
      input('EnrolInput!', { offeringId: jobbforum, participantId }),
    ),
  );
  await client.batch(
    officer,
    'startEnrolment',
    '{ id }',
    enrolments.map((e) =>
      input('StartEnrolmentInput!', { enrolmentId: e.id, startedOn: meetings[0] }),
    ),
  );
  tally.created('enrolments', enrolments.length);
  for (const [n, session] of sessions.scheduleSessions.entries()) {
    await client.run(
      officer,
      `mutation A($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
      {
        input: {
          sessionId: session.id,
          entries: enrolments.map((e, i) =>
            (i + n) % 9 === 0
              ? { enrolmentId: e.id, status: 'ABSENT_NO_VALID_REASON' }
              : { enrolmentId: e.id, status: 'PRESENT' },
          ),
        },
      },
    );
  }
  tally.created('attendance entries', enrolments.length * sessions.scheduleSessions.length);
  // Jobbforum's twelve weeks over by the region's "today": everyone took part to the end.
  const jobbforumEnds = addDays(recruitment.plannedStart, 83);
  if (jobbforumEnds > regionToday) return;
  await client.batch(
    officer,
    'completeEnrolment',
    '{ id }',
    enrolments.map((e) =>
      input('CompleteEnrolmentInput!', {
        enrolmentId: e.id,
        completedOn: jobbforumEnds,
        certificateIssued: false,
      }),
    ),
  );
  tally.created('completed enrolments', enrolments.length);
}
