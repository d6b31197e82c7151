import type { Scope } from '@jobbnatet/domain-core';

/**
 * The column a table keeps each scope attribute in, or a condition of the attribute's parameter
 * (`(p) => \`\${p} = ANY(offices)\``) when membership is not one column; leave out what it lacks.
 */
export type ScopeAttribute = string | ((param: string) => string);

export interface ScopeColumns {
  office?: ScopeAttribute;
  municipality?: ScopeAttribute;
  employer?: ScopeAttribute;
  provider?: ScopeAttribute;
  /** The rows of the offices the user (the parameter, a uuid) coaches, for a coach scope. */
  coach?: ScopeAttribute;
  /** The consent hook: SQL that is true when the row's subject consented to `purposeParam`'s purpose. */
  consent?: (purposeParam: string) => string;
}

/**
 * The SQL condition that keeps a query within a scope, adding its values to `params` ($n
 * placeholders). A scope the table cannot express is a programming error, so it throws rather than
 * widen or silently empty the result.
 */
export function scopeCondition(scope: Scope, columns: ScopeColumns, params: unknown[]): string {
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const matches = (name: keyof Omit<ScopeColumns, 'consent'>, value: string): string => {
    const attribute = columns[name];
    if (!attribute) throw new Error(`this table has no ${name} column for a ${scope.kind} scope`);
    return typeof attribute === 'string'
      ? `${attribute} = ${param(value)}`
      : `(${attribute(param(value))})`;
  };
  let condition: string;
  switch (scope.kind) {
    case 'none':
      return 'FALSE';
    case 'all':
      condition = 'TRUE';
      break;
    case 'office':
      condition = matches('office', scope.officeId);
      break;
    case 'municipality':
      condition = matches('municipality', scope.municipalityCode);
      break;
    case 'employer':
      condition = matches('employer', scope.employerId);
      break;
    case 'provider':
      condition = matches('provider', scope.providerId);
      break;
    case 'coach':
      // The coached offices, and the coach's own office when they have one.
      condition =
        scope.officeId === undefined
          ? matches('coach', scope.coachId)
          : `(${matches('coach', scope.coachId)} OR ${matches('office', scope.officeId)})`;
      break;
  }
  if (scope.consent === undefined) return condition;
  if (!columns.consent) throw new Error('this table has no consent hook for a consent scope');
  return `(${condition} AND ${columns.consent(param(scope.consent))})`;
}
