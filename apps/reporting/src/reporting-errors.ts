import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type ReportErrorCode = 'REPORT.INVALID_INPUT' | 'REPORT.BASELINE_WRITE_NOT_ALLOWED';

const reportError = domainErrorFactory<ReportErrorCode>({
  'REPORT.INVALID_INPUT': 'validation',
  'REPORT.BASELINE_WRITE_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<ReportErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  reportError('REPORT.INVALID_INPUT', message, field);

export const baselineWriteNotAllowed = () =>
  reportError(
    'REPORT.BASELINE_WRITE_NOT_ALLOWED',
    'control-group baselines are entered by analysts and admins',
  );
