import type { IsoDate } from './date-rules';
import { dueOnBounds } from './retention-rules';

/**
 * The participant list's `retentionCheckDue`: at least one unchecked check due or overdue on
 * `today` (`p` is the participant table).
 */
export function retentionCheckDueCondition(
  param: (value: unknown) => string,
  today: IsoDate,
): string {
  const { to } = dueOnBounds(['DUE', 'OVERDUE'], today);
  return `EXISTS (SELECT 1 FROM retention_check r WHERE r.participant_id = p.id
    AND r.result IS NULL AND r.due_on <= ${param(to)}::date)`;
}
