import { invalidInput } from '../reporting-errors';
import { admissionScopeColumns } from './admission-scope';
import { uuid } from './input-patterns';

/** What selects admissions in every read model whose cohort is the admissions (outcomes, costs). */
export interface AdmissionFilter {
  trackId?: string | null;
  officeId?: string | null;
  municipalityCode?: string | null;
  employerId?: string | null;
  /** Admitted on or after (YYYY-MM-DD). */
  from?: string | null;
  /** Admitted on or before (YYYY-MM-DD). */
  to?: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const checks: Record<keyof AdmissionFilter, [RegExp, string]> = {
  trackId: [uuid, 'must be a uuid'],
  officeId: [/^[a-z0-9-]{2,40}$/, 'must be an office id'],
  municipalityCode: [/^\d{4}$/, 'must be a 4-digit municipality code'],
  employerId: [uuid, 'must be a uuid'],
  from: [isoDate, 'must be a date YYYY-MM-DD'],
  to: [isoDate, 'must be a date YYYY-MM-DD'],
};

/** The filter as SQL conditions on `a` (outcome_admission); refuses a bad field by name. */
export function admissionFilterConditions(filter: AdmissionFilter, params: unknown[]): string[] {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const [field, [pattern, message]] of Object.entries(checks)) {
    const value = filter[field as keyof AdmissionFilter];
    if (value === undefined || value === null) continue;
    if (!pattern.test(value) || (pattern === isoDate && Number.isNaN(Date.parse(value))))
      throw invalidInput(field, `${field} ${message}`);
  }
  if (filter.from && filter.to && filter.from > filter.to)
    throw invalidInput('to', 'to must not be before from');
  const conditions: string[] = [];
  if (filter.trackId) conditions.push(`a.track_id = ${param(filter.trackId)}::uuid`);
  if (filter.officeId) conditions.push(admissionScopeColumns.office(param(filter.officeId)));
  if (filter.municipalityCode)
    conditions.push(admissionScopeColumns.municipality(param(filter.municipalityCode)));
  if (filter.employerId) conditions.push(admissionScopeColumns.employer(param(filter.employerId)));
  if (filter.from) conditions.push(`a.admitted_on >= ${param(filter.from)}::date`);
  if (filter.to) conditions.push(`a.admitted_on <= ${param(filter.to)}::date`);
  return conditions;
}
