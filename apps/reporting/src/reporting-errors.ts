import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type ReportErrorCode =
  | 'REPORT.INVALID_INPUT'
  | 'REPORT.BASELINE_WRITE_NOT_ALLOWED'
  | 'REPORT.ANALYSTS_ONLY';

const reportError = domainErrorFactory<ReportErrorCode>({
  'REPORT.INVALID_INPUT': 'validation',
  'REPORT.BASELINE_WRITE_NOT_ALLOWED': 'forbidden',
  'REPORT.ANALYSTS_ONLY': 'forbidden',
} satisfies ErrorCatalogue<ReportErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  reportError('REPORT.INVALID_INPUT', message, field);

export const baselineWriteNotAllowed = () =>
  reportError(
    'REPORT.BASELINE_WRITE_NOT_ALLOWED',
    'control-group baselines are entered by analysts and admins',
  );

/** The same refusal whatever was asked: it tells nothing about what exists. */
export const analystsOnly = () =>
  reportError(
    'REPORT.ANALYSTS_ONLY',
    'Only analysts and administrators work with report snapshots',
  );
