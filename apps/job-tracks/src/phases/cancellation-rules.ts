import { text } from '../core/input-rules';
import { invalidInput } from '../core/track.errors';

/** Why a track is cancelled: a code for reports, with a written explanation beside it. */
export const cancellationReasons = [
  'EMPLOYER_WITHDREW',
  'NEED_CHANGED',
  'TOO_FEW_CANDIDATES',
  'NO_SUITABLE_INTERVENTIONS',
  'FUNDING_WITHDRAWN',
  'AGREEMENT_ENDED',
  'OTHER',
] as const;
export type CancellationReason = (typeof cancellationReasons)[number];

export interface CancellationInput {
  reasonCode: string;
  reasonText: string;
}

export function validateCancellation(input: CancellationInput): {
  reasonCode: CancellationReason;
  reasonText: string;
} {
  if (!(cancellationReasons as readonly string[]).includes(input.reasonCode)) {
    throw invalidInput('reasonCode', 'reasonCode is not a cancellation reason');
  }
  return {
    reasonCode: input.reasonCode as CancellationReason,
    reasonText: text(invalidInput, 'reasonText', input.reasonText, 2000),
  };
}
