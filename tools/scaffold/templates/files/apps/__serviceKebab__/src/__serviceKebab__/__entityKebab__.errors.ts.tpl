import { DomainError } from '@jobbnatet/service-kit';

export class Invalid{{entityPascal}}InputError extends DomainError {
  constructor(field: string, message: string) {
    super('validation', '{{entityConstant}}.INVALID_INPUT', message, field);
  }
}

export class {{entityPascal}}CreationNotAllowedError extends DomainError {
  constructor() {
    super(
      'forbidden',
      '{{entityConstant}}.CREATION_NOT_ALLOWED',
      'you may create a {{entityWords}} only for your own office',
    );
  }
}
