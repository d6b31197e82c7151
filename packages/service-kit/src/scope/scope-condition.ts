import type { Scope } from '@jobbnatet/domain-core';

/** The columns (or SQL expressions) a table keeps each scope attribute in; leave out what it lacks. */
export interface ScopeColumns {
  office?: string;
  municipality?: string;
  employer?: string;
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
  const column = (name: keyof Omit<ScopeColumns, 'consent'>): string => {
    const found = columns[name];
    if (!found) throw new Error(`this table has no ${name} column for a ${scope.kind} scope`);
    return found;
  };
  let condition: string;
  switch (scope.kind) {
    case 'none':
      return 'FALSE';
    case 'all':
      condition = 'TRUE';
      break;
    case 'office':
      condition = `${column('office')} = ${param(scope.officeId)}`;
      break;
    case 'municipality':
      condition = `${column('municipality')} = ${param(scope.municipalityCode)}`;
      break;
    case 'employer':
      condition = `${column('employer')} = ${param(scope.employerId)}`;
      break;
  }
  if (scope.consent === undefined) return condition;
  if (!columns.consent) throw new Error('this table has no consent hook for a consent scope');
  return `(${condition} AND ${columns.consent(param(scope.consent))})`;
}
