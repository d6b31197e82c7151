import { type GatewayClient, inParallel } from '../gateway-client';
import type { DemoRegion, PlannedTrack } from '../plan';
import type { LoadedEmployer } from './employers';
import type { Tally } from './tally';

/** Municipalities with a case worker login (apps/gateway dev users), who approve for them. */
const caseWorkers: Readonly<Record<string, string>> = {
  '0181': 'municipal_case_worker',
  '0127': 'case_worker_botkyrka',
};

interface Letter {
  track: PlannedTrack;
  employer: LoadedEmployer;
  /** The employer approves itself: its contact has a login. */
  employerLogin: string | null;
}

/**
 * A letter of intent per track's lead employer (and the dev employer's, for its track), drafted
 * and approved by the office's officer, by the municipality where it has a case worker login, and
 * by the employer where it has one. An employer with a letter already is left alone.
 */
export async function loadLetters(
  client: GatewayClient,
  region: DemoRegion,
  employers: LoadedEmployer[],
  devEmployer: LoadedEmployer | null,
  tally: Tally,
): Promise<void> {
  const letters: Letter[] = region.tracks
    .filter((track) => !['PLANNING', 'CANCELLED'].includes(track.design.phase))
    .flatMap((track) => [
      { track, employer: employers[track.employers[0]!]!, employerLogin: null },
      ...(track.withDevEmployer && devEmployer
        ? [{ track, employer: devEmployer, employerLogin: 'employer_contact' }]
        : []),
    ]);
  const missing = letters.filter((letter) => !letter.employer.hasLetter);
  tally.found('letters of intent', letters.length - missing.length);
  await inParallel(missing, 3, async ({ track, employer, employerLogin }) => {
    const officer = track.office.officer;
    const [planning, recruitment, implementation, closing] = track.timeline;
    const { draftLetterOfIntent } = await client.run<{ draftLetterOfIntent: { id: string } }>(
      officer,
      `mutation D($input: DraftLetterOfIntentInput!) { draftLetterOfIntent(input: $input) { id } }`,
      {
        input: {
          employerId: employer.id,
          subject: { competenceNeedId: employer.needId },
          commitments: { internshipPlaces: 6, interviews: 12, intendedHires: 5 },
          steps: [
            {
              description: 'Intervjuer med förberedda kandidater',
              responsibleParty: 'EMPLOYER',
              dueOn: recruitment!.plannedEnd,
            },
            {
              description: 'Praktikplatser under utbildningen',
              responsibleParty: 'EMPLOYER',
              dueOn: implementation!.plannedStart,
            },
            {
              description: 'Matchning och förberedelse av kandidater',
              responsibleParty: 'ARBETSFORMEDLINGEN',
              dueOn: recruitment!.plannedStart,
            },
          ],
          validFrom: planning!.plannedStart,
          validUntil: closing!.plannedEnd,
          preparatoryEmployment: false,
          municipalityCode: track.office.municipalityCode,
        },
      },
    );
    const approve = (user: string, party: string) =>
      client.run(
        user,
        `mutation A($input: ApproveLetterOfIntentInput!) { approveLetterOfIntent(input: $input) { status } }`,
        { input: { letterId: draftLetterOfIntent.id, version: 1, party } },
      );
    await approve(officer, 'ARBETSFORMEDLINGEN');
    const caseWorker = caseWorkers[track.office.municipalityCode];
    if (caseWorker) await approve(caseWorker, 'MUNICIPALITY');
    if (employerLogin) await approve(employerLogin, 'EMPLOYER');
    tally.created('letters of intent');
  });
}
