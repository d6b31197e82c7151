import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type {{entityPascal}}ErrorCode =
  | '{{entityConstant}}.INVALID_INPUT'
  | '{{entityConstant}}.CREATION_NOT_ALLOWED';

const {{entityCamel}}Error = domainErrorFactory<{{entityPascal}}ErrorCode>({
  '{{entityConstant}}.INVALID_INPUT': 'validation',
  '{{entityConstant}}.CREATION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<{{entityPascal}}ErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  {{entityCamel}}Error('{{entityConstant}}.INVALID_INPUT', message, field);

export const creationNotAllowed = () =>
  {{entityCamel}}Error(
    '{{entityConstant}}.CREATION_NOT_ALLOWED',
    'you may create a {{entityWords}} only for your own office',
  );
