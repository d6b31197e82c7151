import { uuid } from '../aggregates/input-patterns';
import { invalidInput } from '../reporting-errors';
import type { ReportPeriod, ReportScope } from './report';
import {
  ReportScopeKind,
  type PublishReportInput,
  type ReportSnapshotsFilterInput,
} from './snapshots.model';

const officeIdPattern = /^[a-z0-9-]{2,40}$/;
const municipalityCodePattern = /^\d{4}$/;

/** A real calendar day: `2026-02-30` is refused, not rolled over to March. */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function checkPeriod(period: { from?: string | null; to?: string | null }): void {
  for (const field of ['from', 'to'] as const) {
    const value = period[field];
    if (value !== undefined && value !== null && !isCalendarDay(value))
      throw invalidInput(field, `${field} must be a date YYYY-MM-DD`);
  }
  if (period.from && period.to && period.from > period.to)
    throw invalidInput('to', 'to must not be before from');
}

function checkPlace(input: { officeId?: string | null; municipalityCode?: string | null }): void {
  if (input.officeId != null && !officeIdPattern.test(input.officeId))
    throw invalidInput('officeId', 'officeId must be an office id');
  if (input.municipalityCode != null && !municipalityCodePattern.test(input.municipalityCode))
    throw invalidInput('municipalityCode', 'municipalityCode must be a 4-digit municipality code');
}

/** The publish input as a scope and a period; refuses a bad or missing field by name. */
export function reportRequest(input: PublishReportInput): {
  scope: ReportScope;
  period: ReportPeriod;
} {
  checkPlace(input);
  checkPeriod(input);
  const period = { from: input.from, to: input.to };
  const needs = (field: 'officeId' | 'municipalityCode', wanted: boolean) => {
    const given = input[field] != null;
    if (given && !wanted) throw invalidInput(field, `${field} does not belong to this scope`);
    if (!given && wanted) throw invalidInput(field, `${field} is required for this scope`);
  };
  switch (input.scope) {
    case ReportScopeKind.REGION:
      needs('officeId', false);
      needs('municipalityCode', false);
      return { scope: { kind: 'REGION' }, period };
    case ReportScopeKind.OFFICE:
      needs('municipalityCode', false);
      needs('officeId', true);
      return { scope: { kind: 'OFFICE', officeId: input.officeId! }, period };
    case ReportScopeKind.MUNICIPALITY:
      needs('officeId', false);
      needs('municipalityCode', true);
      return {
        scope: { kind: 'MUNICIPALITY', municipalityCode: input.municipalityCode! },
        period,
      };
  }
}

/** The list filter as SQL conditions on `s` (report_snapshot); refuses a bad field by name. */
export function snapshotConditions(
  filter: ReportSnapshotsFilterInput,
  params: unknown[],
): string[] {
  checkPlace(filter);
  checkPeriod(filter);
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (filter.scope) conditions.push(`s.scope = ${param(filter.scope)}`);
  if (filter.officeId) conditions.push(`s.office_id = ${param(filter.officeId)}`);
  if (filter.municipalityCode)
    conditions.push(`s.municipality_code = ${param(filter.municipalityCode)}`);
  if (filter.from) conditions.push(`s.period_from >= ${param(filter.from)}::date`);
  if (filter.to) conditions.push(`s.period_to <= ${param(filter.to)}::date`);
  return conditions;
}

export function checkSnapshotId(id: string): void {
  if (!uuid.test(id)) throw invalidInput('id', 'id must be a uuid');
}
