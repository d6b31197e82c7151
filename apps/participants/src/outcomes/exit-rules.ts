import { type ExitReason, exitReasons } from '@jobbnatet/contracts';
import { invalidInput } from '../participants/participant.errors';
import { oneOf } from '../participants/person-rules';
import { type IsoDate, isoDate } from './date-rules';

export interface ExitInput {
  exitedOn: string;
  reason: string;
}

export interface ValidExit {
  exitedOn: IsoDate;
  reason: ExitReason;
}

/** An exit (avslut) is recorded once it has happened: not on a day still to come. */
export function validateExit(input: ExitInput, today: IsoDate): ValidExit {
  const exitedOn = isoDate('exitedOn', input.exitedOn);
  if (exitedOn > today) throw invalidInput('exitedOn', 'exitedOn must not be in the future');
  return { exitedOn, reason: oneOf('reason', input.reason, exitReasons) };
}
