import { type GatewayClient, input } from '../gateway-client';
import { minDate, regionToday } from '../dates';
import type { PlannedParticipant, PlannedTrack } from '../plan';
import type { Tally } from './tally';

/** A recorded job with the retention checks the participants service scheduled for it. */
export interface RecordedEmployment {
  id: string;
  retentionChecks: { id: string; dueOn: string; monthsAfterStart: number }[];
}

export const employmentSelection = '{ id retentionChecks { id dueOn monthsAfterStart } }';

/** The month by whose check the person of this index on a track has left the job, if any. */
function leftBy(person: number): number {
  return [3, 6, 12][[3, 7, 11].indexOf(person % 12)] ?? Infinity;
}

/**
 * Every retention check that has fallen due by the region's "today", recorded on its due day: of
 * every twelve people on a track, one has left by three months, one more by six, one more by twelve.
 */
export async function recordRetentionChecks(
  client: GatewayClient,
  officer: string,
  employments: RecordedEmployment[],
  tally: Tally,
): Promise<void> {
  const due = employments.flatMap((employment, person) =>
    employment.retentionChecks
      .filter((check) => check.dueOn <= regionToday)
      .map((check) => ({
        checkId: check.id,
        checkedOn: check.dueOn,
        result: leftBy(person) <= check.monthsAfterStart ? 'NOT_EMPLOYED' : 'STILL_EMPLOYED',
      })),
  );
  await client.batch(
    officer,
    'recordRetentionCheck',
    '{ id }',
    due.map((check) => input('RecordRetentionCheckInput!', check)),
  );
  tally.created('retention checks', due.length);
}

interface ClosedCase {
  person: PlannedParticipant;
  participantId: string;
  employerId: string;
}

const otherExits = ['STUDIES', 'OTHER_INTERVENTION', 'OTHER', 'MOVED'] as const;

/**
 * A closed track's cases: each person's exit (avslut) when the track closed, and the employers'
 * feedback on those they took on, as the officer heard it at the last follow-up.
 */
export async function closeCases(
  client: GatewayClient,
  officer: string,
  track: PlannedTrack,
  cases: ClosedCase[],
  tally: Tally,
): Promise<void> {
  const closedOn = minDate(track.timeline.at(-1)!.plannedEnd, regionToday);
  await client.batch(
    officer,
    'recordExit',
    '{ id }',
    cases.map(({ person, participantId }, i) =>
      input('RecordExitInput!', {
        participantId,
        exitedOn: closedOn,
        reason: person.job ? 'EMPLOYMENT' : otherExits[i % otherExits.length],
      }),
    ),
  );
  const employed = cases.filter(({ person }) => person.job !== null);
  await client.batch(
    officer,
    'recordEmployerFeedback',
    '{ id }',
    employed.map(({ participantId, employerId }, i) =>
      input('RecordEmployerFeedbackInput!', {
        employerId,
        participantId,
        context: 'EMPLOYMENT',
        experience: i % 4 === 0 ? 4 : 5,
        supportNeeds: i % 3 === 0 ? ['MENTORING'] : [],
        comment:
          i % 3 === 0
            ? 'Fungerar bra i arbetslaget; en handledare första månaderna har hjälpt.'
            : 'Fungerar bra i arbetslaget.',
      }),
    ),
  );
  tally.created('exits', cases.length);
  tally.created('employer feedback', employed.length);
}
