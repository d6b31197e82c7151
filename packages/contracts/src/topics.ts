/** One topic per aggregate kind; the suffix is the topic's own version, bumped only on a re-key. */
export const topics = {
  participants: 'jobbnatet.participants.v1',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

/** Where a consumer group parks the events it could not apply after its retries. */
export function deadLetterTopic(consumerGroup: string): string {
  return `jobbnatet.dlq.${consumerGroup}`;
}
