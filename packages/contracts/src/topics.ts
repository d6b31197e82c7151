/**
 * One topic per aggregate kind; the suffix is the topic's own version, bumped only on a re-key.
 * Domain topics keep every event for good (docs/adr/0016): read models are rebuilt by replaying them.
 */
export const topics = {
  participants: 'jobbnatet.participants.v1',
  employers: 'jobbnatet.employers.v1',
  activities: 'jobbnatet.activities.v1',
  jobTracks: 'jobbnatet.job-tracks.v1',
  reporting: 'jobbnatet.reporting.v1',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

/** Where a consumer group parks the events it could not apply after its retries. */
export function deadLetterTopic(consumerGroup: string): string {
  return `jobbnatet.dlq.${consumerGroup}`;
}

/** Where dead letters are sent back for one consumer group only, once the cause is fixed. */
export function redriveTopic(consumerGroup: string): string {
  return `jobbnatet.redrive.${consumerGroup}`;
}
