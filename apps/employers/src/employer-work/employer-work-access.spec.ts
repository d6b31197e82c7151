import {
  mayRecordEmployerWork,
  mayRecordFeedback,
  maySeeEmployerWork,
  maySeeFeedbackComment,
  maySeeOfficeWork,
  maySeeWorkDetails,
} from './employer-work-access';

describe('who does and sees the employer work', () => {
  it('lets only officers record contacts and vacancies; officers and the employer feedback', () => {
    expect(mayRecordEmployerWork('officer')).toBe(true);
    for (const role of [
      'process_leader',
      'employer_contact',
      'admin',
      'analyst',
      'provider_staff',
    ] as const) {
      expect(mayRecordEmployerWork(role)).toBe(false);
    }
    expect(mayRecordFeedback('employer_contact')).toBe(true);
    expect(mayRecordFeedback('process_leader')).toBe(false);
  });

  it('shows summaries and fills to officers, comments to officers and the employer', () => {
    expect(maySeeEmployerWork('process_leader')).toBe(true);
    expect(maySeeEmployerWork('employer_contact')).toBe(false);
    expect(maySeeWorkDetails('process_leader')).toBe(false);
    expect(maySeeFeedbackComment('employer_contact')).toBe(true);
    expect(maySeeFeedbackComment('process_leader')).toBe(false);
  });

  it('shows an office’s work to its own officers and process leaders', () => {
    expect(maySeeOfficeWork({ role: 'officer', officeId: 'af-kista' }, 'af-kista')).toBe(true);
    expect(maySeeOfficeWork({ role: 'process_leader', officeId: 'af-kista' }, 'af-kista')).toBe(
      true,
    );
    expect(maySeeOfficeWork({ role: 'officer', officeId: 'af-solna' }, 'af-kista')).toBe(false);
    expect(maySeeOfficeWork({ role: 'officer' }, 'af-kista')).toBe(false);
    expect(maySeeOfficeWork({ role: 'employer_contact' }, 'af-kista')).toBe(false);
  });
});
