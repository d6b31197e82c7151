import type { FieldMiddleware } from '@nestjs/graphql';
import { caseViewOf } from './case-view';

/**
 * On every personal field of `Participant`: a value leaves the service only once its read is in
 * the access log (a failed write fails the field). Reads of one participant in one request make one
 * log entry, whatever the path: a single read, a list row, `_entities` or a mutation's answer.
 */
export const personalField: FieldMiddleware = async ({ source, info }, next) => {
  const value: unknown = await next();
  if (value === null || value === undefined) return value;
  await caseViewOf(source as object).audit(info.fieldName);
  return value;
};
