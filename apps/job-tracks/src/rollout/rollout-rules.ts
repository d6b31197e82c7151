import type { CallerIdentity } from '@jobbnatet/contracts';
import { office } from '@jobbnatet/domain-se';
import { calendarDay, isUuid, listOf, text } from '../core/input-rules';
import { invalidRolloutInput } from './rollout.errors';

export const supportKinds = ['TRAINING_SESSION', 'MATERIALS', 'ON_SITE_COACHING'] as const;
export type SupportKind = (typeof supportKinds)[number];

export const adoptionLevels = ['NOT_STARTED', 'PARTIAL', 'FULL'] as const;
export type AdoptionLevel = (typeof adoptionLevels)[number];

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

export const rolloutDay = (field: string, value: unknown): string =>
  calendarDay(invalidRolloutInput, field, value);

/** An AF office on record, and the county (län) of the municipalities it serves. */
export function rolloutOffice(value: unknown): { officeId: string; countyCode: string } {
  const found = typeof value === 'string' ? office(value) : undefined;
  const county = found?.municipalities[0]?.county.code;
  if (!found || !county) throw invalidRolloutInput('officeId', 'officeId is not an AF office');
  return { officeId: found.id, countyCode: county };
}

export function processLeaders(value: unknown): string[] {
  return listOf(invalidRolloutInput, 'processLeaderIds', value, isUuid, 'user ids', {
    min: 1,
    max: 10,
  });
}

export function supportKind(value: unknown): SupportKind {
  if (!oneOf(supportKinds, value))
    throw invalidRolloutInput('kind', 'kind is not a kind of support');
  return value;
}

export function adoptionLevel(value: unknown): AdoptionLevel {
  if (!oneOf(adoptionLevels, value)) {
    throw invalidRolloutInput('level', 'level must be NOT_STARTED, PARTIAL or FULL');
  }
  return value;
}

export const evidence = (value: unknown): string =>
  text(invalidRolloutInput, 'evidence', value, 4000);

export function targetPercent(value: unknown): number {
  if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100)) {
    throw invalidRolloutInput('targetPercent', 'targetPercent must be a whole number 1–100');
  }
  return value as number;
}

export function countyCode(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{2}$/.test(value)) {
    throw invalidRolloutInput('countyCode', 'countyCode must be two digits');
  }
  return value;
}

/** An office's rollout is written by the process leaders assigned to it, and by admins. */
export function mayWriteRollout(
  caller: Pick<CallerIdentity, 'role' | 'userId'>,
  processLeaderIds: readonly string[],
): boolean {
  if (caller.role === 'admin') return true;
  return caller.role === 'process_leader' && processLeaderIds.includes(caller.userId.toLowerCase());
}

/** Where the region stands: offices using the method partially or fully, of those taking part. */
export interface AdoptionShare {
  participatingOffices: number;
  partialOrFullOffices: number;
  fullOffices: number;
  /** 0–100, one decimal; 0 while no office takes part. */
  sharePercent: number;
  targetMet: boolean;
}

/** `latest` holds each participating office's latest level, null when not yet assessed. */
export function adoptionShare(
  latest: readonly (AdoptionLevel | null)[],
  targetPercentValue: number,
): AdoptionShare {
  const partialOrFull = latest.filter((level) => level === 'PARTIAL' || level === 'FULL').length;
  const sharePercent =
    latest.length === 0 ? 0 : Math.round((partialOrFull * 1000) / latest.length) / 10;
  return {
    participatingOffices: latest.length,
    partialOrFullOffices: partialOrFull,
    fullOffices: latest.filter((level) => level === 'FULL').length,
    sharePercent,
    // Compared in whole offices, so 15 of 20 meets 75 % exactly.
    targetMet: latest.length > 0 && partialOrFull * 100 >= targetPercentValue * latest.length,
  };
}
