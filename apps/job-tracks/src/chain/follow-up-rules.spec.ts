import { meetingsOf, scheduledDates, validateFollowUp, validateSchedule } from './follow-up-rules';

const schedule = validateSchedule({
  everyDays: 14,
  fromDate: '2027-05-01',
  untilDate: '2027-06-01',
  employmentStart: '2027-11-01',
  afterEmploymentMonths: [12, 3, 6],
});

describe('follow-up rules', () => {
  it('schedules every N days through implementation and the months after employment starts', () => {
    expect(scheduledDates(schedule)).toEqual([
      { dueDate: '2027-05-01', kind: 'DURING_IMPLEMENTATION' },
      { dueDate: '2027-05-15', kind: 'DURING_IMPLEMENTATION' },
      { dueDate: '2027-05-29', kind: 'DURING_IMPLEMENTATION' },
      { dueDate: '2028-02-01', kind: 'AFTER_EMPLOYMENT' },
      { dueDate: '2028-05-01', kind: 'AFTER_EMPLOYMENT' },
      { dueDate: '2028-11-01', kind: 'AFTER_EMPLOYMENT' },
    ]);
  });

  it('calls a past meeting without a record overdue, today’s due, a recorded one recorded', () => {
    const meetings = meetingsOf(schedule, new Map([['2027-05-01', 'f1']]), '2027-05-29');
    expect(meetings.slice(0, 4).map((m) => m.status)).toEqual([
      'RECORDED',
      'OVERDUE',
      'DUE',
      'UPCOMING',
    ]);
    expect(meetings[0]!.followUpId).toBe('f1');
  });

  it('refuses a schedule running backwards, too long, or with months but no employment start', () => {
    const valid = {
      everyDays: 14,
      fromDate: '2027-05-01',
      untilDate: '2027-06-01',
      afterEmploymentMonths: [],
    };
    expect(() => validateSchedule({ ...valid, untilDate: '2027-04-30' })).toThrow(/untilDate/);
    expect(() => validateSchedule({ ...valid, untilDate: '2031-01-01' })).toThrow(/untilDate/);
    expect(() => validateSchedule({ ...valid, afterEmploymentMonths: [3] })).toThrow(
      /employmentStart/,
    );
    expect(() => validateSchedule({ ...valid, everyDays: 0 })).toThrow(/everyDays/);
  });

  it('takes employers of the track only, each participant once', () => {
    const employer = '7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d';
    const input = {
      heldOn: '2027-05-14',
      quality: 'WORKING_WELL',
      transitions: 'SMOOTH',
      participants: [],
      employers: [{ employerId: employer, experience: 'POSITIVE', supportNeeds: ['MENTORING'] }],
    };
    expect(validateFollowUp(input, [employer]).employers).toHaveLength(1);
    expect(() => validateFollowUp(input, [])).toThrow(/employers/);
    const participant = {
      participantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      progression: 'ON_TRACK',
      supportNeeds: [],
    };
    expect(() =>
      validateFollowUp({ ...input, participants: [participant, participant] }, [employer]),
    ).toThrow(/twice/);
  });
});
