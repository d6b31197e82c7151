import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  checkEnrolments,
  checkSessionHeld,
  summarise,
  validateRecording,
} from './attendance-rules';

const sessionId = '7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D';
const anna = '5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f';
const omar = '6f0c1f5e-8a7b-4c3d-9e2f-1a2b3c4d5e6f';
const present = { enrolmentId: anna, status: 'PRESENT' };
const ill = { enrolmentId: omar, status: 'ABSENT_VALID_REASON', absenceReason: 'ILLNESS' };

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('recording attendance', () => {
  it('accepts presence without a reason and a valid absence with one', () => {
    expect(validateRecording({ sessionId, entries: [present, ill] })).toEqual({
      sessionId: sessionId.toLowerCase(),
      entries: [
        { enrolmentId: anna, status: 'PRESENT', absenceReason: null },
        { enrolmentId: omar, status: 'ABSENT_VALID_REASON', absenceReason: 'ILLNESS' },
      ],
    });
  });

  it('takes an absence without a valid reason with or without the reason given', () => {
    const entries = [
      { enrolmentId: anna, status: 'ABSENT_NO_VALID_REASON' },
      { enrolmentId: omar, status: 'ABSENT_NO_VALID_REASON', absenceReason: 'OTHER' },
    ];
    expect(validateRecording({ sessionId, entries }).entries.map((e) => e.absenceReason)).toEqual([
      null,
      'OTHER',
    ]);
  });

  it('needs a reason for a valid absence and none for presence, naming the entry', () => {
    const missing = { ...ill, absenceReason: null };
    expect(
      refusal(() => validateRecording({ sessionId, entries: [present, missing] })),
    ).toMatchObject({
      code: 'ATTENDANCE.INVALID_INPUT',
      field: 'entries[1].absenceReason',
    });
    const withReason = { ...present, absenceReason: 'WORK' };
    expect(refusal(() => validateRecording({ sessionId, entries: [withReason] })).field).toBe(
      'entries[0].absenceReason',
    );
  });

  it('refuses an unknown status or reason, a malformed id and an enrolment listed twice', () => {
    const cases: [unknown, string][] = [
      [{ ...present, status: 'LATE' }, 'entries[1].status'],
      [{ ...ill, absenceReason: 'VACATION' }, 'entries[1].absenceReason'],
      [{ ...present, enrolmentId: 'x' }, 'entries[1].enrolmentId'],
      [{ ...present, enrolmentId: anna.toUpperCase() }, 'entries[1].enrolmentId'],
    ];
    for (const [entry, field] of cases) {
      const entries = [present, entry] as (typeof present)[];
      expect(refusal(() => validateRecording({ sessionId, entries })).field).toBe(field);
    }
  });

  it('takes 1–100 entries for a real session id', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({
      enrolmentId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      status: 'PRESENT',
    }));
    expect(validateRecording({ sessionId, entries: many.slice(0, 100) }).entries).toHaveLength(100);
    expect(refusal(() => validateRecording({ sessionId, entries: many })).field).toBe('entries');
    expect(refusal(() => validateRecording({ sessionId, entries: [] })).field).toBe('entries');
    expect(refusal(() => validateRecording({ sessionId: 'x', entries: [present] })).field).toBe(
      'sessionId',
    );
  });

  it('never echoes hostile text in a refusal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('enrolmentId', 'status', 'absenceReason'),
        hostileString().filter((value) => value.length > 8),
        (field, value) => {
          const entry = { ...ill, [field]: value };
          const error = refusal(() => validateRecording({ sessionId, entries: [entry] }));
          expect(error.field).toBe(`entries[0].${field}`);
          expect(error.message).not.toContain(value);
        },
      ),
    );
  });
});

describe('what a recording needs', () => {
  it('a scheduled session that has started', () => {
    expect(() => checkSessionHeld({ status: 'SCHEDULED', started: true })).not.toThrow();
    expect(refusal(() => checkSessionHeld({ status: 'SCHEDULED', started: false })).code).toBe(
      'ATTENDANCE.SESSION_NOT_STARTED',
    );
    expect(refusal(() => checkSessionHeld({ status: 'CANCELLED', started: true })).code).toBe(
      'ATTENDANCE.SESSION_CANCELLED',
    );
  });

  it('planned or ongoing enrolments of the session’s offering, naming the first that is not', () => {
    const entries = validateRecording({ sessionId, entries: [present, ill] }).entries;
    expect(() =>
      checkEnrolments(
        entries,
        new Map([
          [anna, 'ONGOING'],
          [omar, 'PLANNED'],
        ]),
      ),
    ).not.toThrow();
    expect(refusal(() => checkEnrolments(entries, new Map([[anna, 'ONGOING']])))).toMatchObject({
      code: 'ATTENDANCE.ENROLMENT_NOT_FOUND',
      field: 'entries[1].enrolmentId',
    });
    expect(
      refusal(() =>
        checkEnrolments(
          entries,
          new Map([
            [anna, 'COMPLETED'],
            [omar, 'PLANNED'],
          ]),
        ),
      ),
    ).toMatchObject({ code: 'ATTENDANCE.ENROLMENT_NOT_ACTIVE', field: 'entries[0].enrolmentId' });
  });
});

describe('attendance summaries', () => {
  it('counts the held sessions nobody recorded and the rate over the recorded ones', () => {
    expect(
      summarise({
        sessionsHeld: 10,
        present: 6,
        absentWithValidReason: 1,
        absentWithoutValidReason: 1,
      }),
    ).toEqual({
      sessionsHeld: 10,
      present: 6,
      absentWithValidReason: 1,
      absentWithoutValidReason: 1,
      notRecorded: 2,
      attendanceRate: 0.75,
    });
  });

  it('has no rate while nothing is recorded', () => {
    expect(
      summarise({
        sessionsHeld: 3,
        present: 0,
        absentWithValidReason: 0,
        absentWithoutValidReason: 0,
      }),
    ).toMatchObject({ notRecorded: 3, attendanceRate: null });
  });
});
