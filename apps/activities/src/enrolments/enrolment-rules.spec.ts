import { DomainError } from '@jobbnatet/domain-core';
import {
  enrolmentStatuses,
  isActive,
  nextStatus,
  takesEnrolments,
  validDay,
  validEnd,
  validId,
  validReason,
} from './enrolment-rules';

describe('the enrolment status rule', () => {
  it('starts only a planned enrolment', () => {
    expect(nextStatus('PLANNED', 'start')).toBe('ONGOING');
    expect(nextStatus('ONGOING', 'start')).toBeNull();
    expect(nextStatus('COMPLETED', 'start')).toBeNull();
    expect(nextStatus('INTERRUPTED', 'start')).toBeNull();
  });

  it('interrupts a planned (no-show) or ongoing enrolment, never an ended one', () => {
    expect(nextStatus('PLANNED', 'interrupt')).toBe('INTERRUPTED');
    expect(nextStatus('ONGOING', 'interrupt')).toBe('INTERRUPTED');
    expect(nextStatus('COMPLETED', 'interrupt')).toBeNull();
    expect(nextStatus('INTERRUPTED', 'interrupt')).toBeNull();
  });

  it('completes only an ongoing enrolment', () => {
    expect(nextStatus('ONGOING', 'complete')).toBe('COMPLETED');
    expect(nextStatus('PLANNED', 'complete')).toBeNull();
    expect(nextStatus('COMPLETED', 'complete')).toBeNull();
  });

  it('holds a seat while planned or ongoing only', () => {
    expect(enrolmentStatuses.filter(isActive)).toEqual(['PLANNED', 'ONGOING']);
  });

  it('lets planned, open and running offerings take enrolments', () => {
    expect(takesEnrolments('PLANNED')).toBe(true);
    expect(takesEnrolments('OPEN')).toBe(true);
    expect(takesEnrolments('RUNNING')).toBe(true);
    expect(takesEnrolments('FULL')).toBe(false);
    expect(takesEnrolments('FINISHED')).toBe(false);
    expect(takesEnrolments('CANCELLED')).toBe(false);
  });
});

describe('enrolment inputs', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof DomainError ? { code: error.code, field: error.field } : error;
    }
    return 'accepted';
  };

  it('names the field of a malformed id, date or reason without quoting it', () => {
    expect(refusal(() => validId('offeringId', 'x'))).toEqual({
      code: 'ENROLMENT.INVALID_INPUT',
      field: 'offeringId',
    });
    expect(refusal(() => validDay('startedOn', '2027-02-30'))).toMatchObject({
      field: 'startedOn',
    });
    expect(refusal(() => validDay('startedOn', '1999-12-31'))).toMatchObject({
      field: 'startedOn',
    });
    expect(refusal(() => validReason('BORED'))).toMatchObject({ field: 'reason' });
  });

  it('refuses an end before the start, and accepts the same day', () => {
    expect(refusal(() => validEnd('completedOn', '2027-01-10', '2027-01-11'))).toMatchObject({
      field: 'completedOn',
    });
    expect(validEnd('completedOn', '2027-01-11', '2027-01-11')).toBe('2027-01-11');
    expect(validEnd('interruptedOn', '2027-01-01', null)).toBe('2027-01-01');
  });
});
