import { randomUUID } from 'node:crypto';
import { expectEventually } from '@jobbnatet/testing';
import {
  aParticipantOf,
  admit,
  advance,
  anActiveAgreement,
  employerWithProfile,
  ok,
  okOnceReplicated,
  sodertalje,
  timeline2027,
} from './support/fixtures';
import { login } from './support/platform';

const officerId = '11111111-1111-4111-8111-111111111111';

/**
 * A cohort whose true figures are known: 50 admitted; 31 in work (25 of them in acquired jobs:
 * 20 unsubsidised, 5 subsidised, 6 preparatory), 9 to other interventions, 10 discontinued;
 * activity support from admission, and a control group costing 40 000 SEK more per person.
 * Everything is written through the gateway by the roles that own it; the reporting subgraph
 * learns it only from Kafka.
 */
const cohort = { size: 50, unsubsidised: 20, subsidised: 5, preparatory: 6, other: 9 };
const employed = cohort.unsubsidised + cohort.subsidised + cohort.preparatory;
const acquired = 25;
const admittedOn = '2027-04-20';
const jobStart = '2027-06-01';

const supportPerDay = 365;

const reportQuery = `query R($filter: OutcomesFilter, $costs: CostsFilter, $trackId: ID!) {
  outcomes(filter: $filter) {
    participants { value } inWork { value } inWorkShare { value suppressed }
    unsubsidised { value } subsidised { value } preparatory { value }
    acquired { value } acquiredShare { value }
    otherIntervention { value } discontinued { value }
    medianDaysToJob { value }
  }
  funnel(trackId: $trackId) {
    identified { value } prerequisitesAssessed { value } admitted { value }
    completed { value } employed { value }
  }
  costs(filter: $costs) {
    participants { value } activitySupportPerPerson { value }
    baseline { groupSize } activitySupportDifferencePerPerson { value }
  }
}`;

const givenNames = [
  'Alva',
  'Bo',
  'Cecilia',
  'David',
  'Elsa',
  'Filip',
  'Greta',
  'Hugo',
  'Ida',
  'Jonas',
];
const familyNames = ['Ek', 'Lind', 'Berg', 'Holm', 'Sjö'];

/** Runs `task` over `items`, `width` at a time: 50 people through five mutations each. */
async function inParallel<T, R>(
  items: T[],
  width: number,
  task: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

function employmentOf(i: number): Record<string, unknown> {
  const form =
    i < cohort.unsubsidised
      ? { form: 'UNSUBSIDISED_PERMANENT' }
      : i < cohort.unsubsidised + cohort.subsidised
        ? { form: 'SUBSIDISED', subsidyKind: 'NYSTARTSJOBB' }
        : { form: 'PREPARATORY' };
  return {
    ...form,
    startDate: jobStart,
    hoursPerWeek: 40,
    acquired: i < acquired,
    acquiredThroughContactId: i < acquired ? randomUUID() : null,
  };
}

/** The closing result's form, as recordEmployment's `employmentOf` recorded the job. */
const resultForm = (i: number) =>
  i < cohort.unsubsidised
    ? { employmentForm: 'UNSUBSIDISED' }
    : i < cohort.unsubsidised + cohort.subsidised
      ? { employmentForm: 'SUBSIDISED', subsidyKind: 'NYSTARTSJOBB' }
      : { employmentForm: 'PREPARATORY' };

describe('reporting on a cohort whose true figures are known, written through the gateway', () => {
  it('answers exactly those figures from the read models fed by Kafka', async () => {
    const officer = await login('officer');
    const caseWorker = await login('municipal_case_worker');
    const analyst = await login('analyst');

    const employer = await employerWithProfile(officer, 'Kohortens Logistik AB');
    const agreementId = await anActiveAgreement(caseWorker, sodertalje);
    const { createTrack } = await okOnceReplicated<{ createTrack: { id: string } }>(
      officer,
      `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }`,
      {
        input: {
          agreementId,
          name: 'Lager och logistik Södertälje 2027',
          municipalityCodes: [sodertalje.municipalityCode],
          officeIds: [sodertalje.officeId],
          employerIds: [employer.employerId],
          competenceNeedIds: [employer.needId],
          competenceProfileId: employer.profileId,
          providerIds: [],
          targetParticipants: cohort.size,
          timeline: timeline2027,
          operationalTeam: [{ userId: officerId, organisation: 'AF', role: 'Arbetsförmedlare' }],
          coordinators: [{ userId: officerId, organisation: 'AF', role: 'Samordnare' }],
        },
      },
    );
    const trackId = createTrack.id;
    await ok(
      officer,
      `mutation W($input: WaiveChecklistItemInput!) { waiveChecklistItem(input: $input) { code } }`,
      {
        input: {
          trackId,
          itemCode: 'PLANNING_LETTER_OF_INTENT',
          reason: 'Arbetsgivaren skriver avsiktsförklaring efter informationsmötet.',
        },
      },
    );
    expect(await advance(officer, trackId)).toBe('RECRUITMENT');

    const people = await inParallel(Array.from({ length: cohort.size }), 5, (_, i) =>
      aParticipantOf(officer, sodertalje, {
        givenName: givenNames[i % givenNames.length]!,
        familyName: familyNames[Math.floor(i / givenNames.length)]!,
      }),
    );
    await inParallel(people, 5, (participantId) =>
      admit(officer, trackId, participantId, employer.employerId),
    );
    expect(await advance(officer, trackId)).toBe('IMPLEMENTATION');
    expect(await advance(officer, trackId)).toBe('CLOSING');

    await inParallel(people.slice(0, employed), 5, (participantId, i) =>
      okOnceReplicated(
        officer,
        `mutation J($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }`,
        { input: { participantId, employerId: employer.employerId, ...employmentOf(i) } },
      ),
    );
    await inParallel(people, 5, (participantId, i) =>
      okOnceReplicated(
        officer,
        `mutation R($input: RecordParticipantResultInput!) { recordParticipantResult(input: $input) { outcome } }`,
        {
          input:
            i < employed
              ? { trackId, participantId, outcome: 'EMPLOYED', ...resultForm(i) }
              : i < employed + cohort.other
                ? { trackId, participantId, outcome: 'OTHER_INTERVENTION', reasonCode: 'LANGUAGE' }
                : { trackId, participantId, outcome: 'DISCONTINUED', reasonCode: 'HEALTH' },
        },
      ),
    );

    // Activity support from admission: 42 days for those who got work, 195 for the others.
    await inParallel(people, 5, (participantId, i) =>
      okOnceReplicated(
        officer,
        `mutation S($input: RecordActivitySupportInput!) { recordActivitySupport(input: $input) { id } }`,
        {
          input: {
            participantId,
            fromDate: admittedOn,
            toDate: i < employed ? '2027-05-31' : '2027-10-31',
            dailyAmount: supportPerDay,
          },
        },
      ),
    );
    // The control group the evaluation compares with, entered by an analyst.
    await ok(
      analyst,
      `mutation B($input: SetControlBaselineInput!) { setControlBaseline(input: $input) { id } }`,
      {
        input: {
          countyCode: '01',
          periodFrom: '2027-01-01',
          periodTo: '2027-12-31',
          windowMonths: 18,
          activitySupportPerPerson: '76551.10',
          groupSize: 120,
        },
      },
    );
    const supportPerPerson =
      ((employed * 42 + (cohort.size - employed) * 195) * supportPerDay) / cohort.size;

    const days = (Date.parse(jobStart) - Date.parse(admittedOn)) / 86_400_000;
    await expectEventually(async () => {
      const report = await ok(analyst, reportQuery, {
        filter: { trackId },
        costs: { trackId, countyCode: '01', windowMonths: 18 },
        trackId,
      });
      expect(report).toEqual({
        outcomes: {
          participants: { value: cohort.size },
          inWork: { value: employed },
          inWorkShare: {
            value: Math.round((employed / cohort.size) * 1000) / 1000,
            suppressed: false,
          },
          unsubsidised: { value: cohort.unsubsidised },
          subsidised: { value: cohort.subsidised },
          preparatory: { value: cohort.preparatory },
          acquired: { value: acquired },
          acquiredShare: { value: Math.round((acquired / employed) * 1000) / 1000 },
          otherIntervention: { value: cohort.other },
          discontinued: { value: cohort.size - employed - cohort.other },
          medianDaysToJob: { value: days },
        },
        funnel: {
          identified: { value: cohort.size },
          prerequisitesAssessed: { value: cohort.size },
          admitted: { value: cohort.size },
          completed: { value: employed + cohort.other },
          employed: { value: employed },
        },
        // 36 551.10 SEK per person against the control group's 76 551.10: 40 000 lower.
        costs: {
          participants: { value: cohort.size },
          activitySupportPerPerson: { value: supportPerPerson.toFixed(2) },
          baseline: { groupSize: 120 },
          activitySupportDifferencePerPerson: { value: (supportPerPerson - 76551.1).toFixed(2) },
        },
      });
    });
  });
});
