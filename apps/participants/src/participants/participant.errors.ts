import { DomainError } from '@jobbnatet/service-kit';

export class InvalidParticipantInputError extends DomainError {
  constructor(field: string, message: string) {
    super('validation', 'PARTICIPANT.INVALID_INPUT', message, field);
  }
}

export class ParticipantAlreadyRegisteredError extends DomainError {
  constructor() {
    super(
      'conflict',
      'PARTICIPANT.ALREADY_REGISTERED',
      'a participant with this identity number is already registered',
      'identityNumber',
    );
  }
}

export class RegistrationNotAllowedError extends DomainError {
  constructor() {
    super(
      'forbidden',
      'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
      'you may register participants only within your own office or municipality',
    );
  }
}
