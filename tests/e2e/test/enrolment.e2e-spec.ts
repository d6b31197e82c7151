import { aFreshIdentityNumber, expectEventually } from '@jobbnatet/testing';
import { graphql, login } from './support/platform';

const register = `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
const provider = `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`;
const create = `mutation C($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;
const enrol = `mutation E($input: EnrolInput!) { enrol(input: $input) { id status } }`;
const participantWithEnrolments = `query P($id: ID!) {
  participant(id: $id) { id givenName enrolments { id status offering { id placeName seatsLeft } } }
}`;
const schedule = `mutation S($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id } }`;
const start = `mutation St($input: StartEnrolmentInput!) { startEnrolment(input: $input) { status } }`;
const attend = `mutation A($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
const participantWithAttendance = `query P($id: ID!) {
  participant(id: $id) {
    givenName
    attendanceSummary { sessionsHeld present absentWithValidReason notRecorded attendanceRate }
    enrolments {
      status
      offering { type { code } }
      attendance { sessionsHeld present absentWithValidReason absentWithoutValidReason notRecorded }
    }
  }
}`;

async function registerParticipant(officer: string): Promise<string> {
  const identityNumber = aFreshIdentityNumber();
  const registered = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
    input: {
      identityNumber: `${identityNumber.slice(2, 8)}-${identityNumber.slice(8)}`,
      givenName: 'Testa',
      familyName: 'Testsson',
      homeMunicipalityCode: '0181',
      officeId: 'af-sodertalje',
    },
  });
  expect(registered.errors).toBeUndefined();
  return registered.data!.registerParticipant.id;
}

async function createOffering(officer: string, dates: { fromDate: string; toDate: string }) {
  const providerId = (
    await graphql<{ registerProvider: { id: string } }>(officer, provider, {
      input: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' },
    })
  ).data!.registerProvider.id;
  const created = await graphql<{ createOffering: { id: string } }>(officer, create, {
    input: {
      typeCode: 'JOBBFORUM',
      providerId,
      placeName: 'Jobbtorget Södertälje',
      municipalityCode: '0181',
      officeIds: ['af-sodertalje'],
      ...dates,
      capacity: 2,
      costPerParticipant: 12500,
      occupationCodes: ['5120'],
      competences: [],
      languageCode: 'sv',
    },
  });
  expect(created.errors).toBeUndefined();
  return created.data!.createOffering.id;
}

/** Retries while participant.registered is on its way to activities (the answer says so). */
async function enrolOnceKnown(officer: string, offeringId: string, participantId: string) {
  return expectEventually(async () => {
    const answer = await graphql<{ enrol: { id: string; status: string } }>(officer, enrol, {
      input: { offeringId, participantId },
    });
    if (answer.errors) expect(answer.errors[0]?.extensions).toMatchObject({ retryable: true });
    expect(answer.data?.enrol.status).toBe('PLANNED');
    return answer.data!.enrol;
  });
}

describe('enrolling a participant through the gateway', () => {
  it('enrols a participant registered a moment ago once the activities service knows them, and shows the enrolment on the participant', async () => {
    const officer = await login('officer');
    const participantId = await registerParticipant(officer);
    const offeringId = await createOffering(officer, {
      fromDate: '2027-01-11',
      toDate: '2027-04-02',
    });
    const enrolment = await enrolOnceKnown(officer, offeringId, participantId);

    const read = await graphql(officer, participantWithEnrolments, { id: participantId });
    expect(read.data).toEqual({
      participant: {
        id: participantId,
        givenName: 'Testa',
        enrolments: [
          {
            id: enrolment.id,
            status: 'PLANNED',
            offering: { id: offeringId, placeName: 'Jobbtorget Södertälje', seatsLeft: 1 },
          },
        ],
      },
    });
  });

  it('reads a participant’s enrolments and attendance, from participants and activities, in one query', async () => {
    const officer = await login('officer');
    const participantId = await registerParticipant(officer);
    // A Jobbforum that ran last autumn: its sessions have been held, so attendance can be taken.
    const offeringId = await createOffering(officer, {
      fromDate: '2025-11-03',
      toDate: '2025-11-28',
    });
    const enrolment = await enrolOnceKnown(officer, offeringId, participantId);
    const started = await graphql(officer, start, {
      input: { enrolmentId: enrolment.id, startedOn: '2025-11-03' },
    });
    expect(started.errors).toBeUndefined();
    const scheduled = await graphql<{ scheduleSessions: { id: string }[] }>(officer, schedule, {
      input: {
        offeringId,
        sessions: [
          {
            kind: 'GROUP_MEETING',
            startsAt: '2025-11-03T09:00+01:00',
            endsAt: '2025-11-03T11:00+01:00',
          },
          { kind: 'LECTURE', startsAt: '2025-11-04T13:00+01:00', endsAt: '2025-11-04T15:00+01:00' },
          {
            kind: 'JOB_SEARCH',
            startsAt: '2025-11-05T09:00+01:00',
            endsAt: '2025-11-05T12:00+01:00',
          },
        ],
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const [monday, tuesday] = scheduled.data!.scheduleSessions;
    const present = await graphql(officer, attend, {
      input: { sessionId: monday!.id, entries: [{ enrolmentId: enrolment.id, status: 'PRESENT' }] },
    });
    expect(present.errors).toBeUndefined();
    const absent = await graphql(officer, attend, {
      input: {
        sessionId: tuesday!.id,
        entries: [
          {
            enrolmentId: enrolment.id,
            status: 'ABSENT_VALID_REASON',
            absenceReason: 'JOB_INTERVIEW',
          },
        ],
      },
    });
    expect(absent.errors).toBeUndefined();

    const read = await graphql(officer, participantWithAttendance, { id: participantId });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      participant: {
        givenName: 'Testa',
        attendanceSummary: {
          sessionsHeld: 3,
          present: 1,
          absentWithValidReason: 1,
          notRecorded: 1,
          attendanceRate: 0.5,
        },
        enrolments: [
          {
            status: 'ONGOING',
            offering: { type: { code: 'JOBBFORUM' } },
            attendance: {
              sessionsHeld: 3,
              present: 1,
              absentWithValidReason: 1,
              absentWithoutValidReason: 0,
              notRecorded: 1,
            },
          },
        ],
      },
    });
  });
});
