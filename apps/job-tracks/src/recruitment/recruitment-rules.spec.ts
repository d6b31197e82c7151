import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import {
  candidateView,
  checkMove,
  mayDecideNotAdmitted,
  maySelect,
  openInvitation,
} from './recruitment-rules';

const employerId = '7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d';
const otherEmployer = '1e2d3c4b-5a69-4788-9766-554433221100';
const track = { officeIds: ['af-sodertalje'], municipalityCodes: ['0181'] };
const caller = (role: Role, extra: Partial<CallerIdentity> = {}): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role,
  correlationId: 'c',
  ...extra,
});

describe('the candidate pipeline', () => {
  it('takes each step from the one right before it', () => {
    expect(checkMove('IDENTIFIED', 'PREREQUISITES_ASSESSED')).toEqual({ ok: true });
    expect(checkMove('PREREQUISITES_ASSESSED', 'PREPARED')).toEqual({ ok: true });
    expect(checkMove('PREPARED', 'MET_EMPLOYER')).toEqual({ ok: true });
    expect(checkMove('MET_EMPLOYER', 'ADMITTED')).toEqual({ ok: true });
  });

  it('names every step still missing before an admission', () => {
    expect(checkMove('IDENTIFIED', 'ADMITTED')).toEqual({
      ok: false,
      kind: 'missing',
      missing: ['PREREQUISITES_ASSESSED', 'PREPARED', 'MET_EMPLOYER'],
    });
    expect(checkMove('PREREQUISITES_ASSESSED', 'MET_EMPLOYER')).toEqual({
      ok: false,
      kind: 'missing',
      missing: ['PREPARED'],
    });
  });

  it('refuses a step already passed and any move after the decision', () => {
    expect(checkMove('PREPARED', 'PREREQUISITES_ASSESSED')).toEqual({ ok: false, kind: 'passed' });
    expect(checkMove('MET_EMPLOYER', 'MET_EMPLOYER')).toEqual({ ok: false, kind: 'passed' });
    expect(checkMove('ADMITTED', 'ADMITTED')).toEqual({ ok: false, kind: 'decided' });
    expect(checkMove('NOT_ADMITTED', 'PREPARED')).toEqual({ ok: false, kind: 'decided' });
  });

  it('lets not-admitted be decided at any open step, once', () => {
    expect(mayDecideNotAdmitted('IDENTIFIED')).toBe(true);
    expect(mayDecideNotAdmitted('MET_EMPLOYER')).toBe(true);
    expect(mayDecideNotAdmitted('ADMITTED')).toBe(false);
    expect(mayDecideNotAdmitted('NOT_ADMITTED')).toBe(false);
  });

  it('opens the employer meeting once prepared and the final selection once met', () => {
    expect(openInvitation('PREPARED')).toBe('EMPLOYER_MEETING');
    expect(openInvitation('MET_EMPLOYER')).toBe('FINAL_SELECTION');
    expect(openInvitation('IDENTIFIED')).toBeNull();
    expect(openInvitation('ADMITTED')).toBeNull();
  });
});

describe('who sees a candidate', () => {
  it('shows the team and admins everything', () => {
    expect(candidateView(caller('officer', { officeId: 'af-sodertalje' }), track, null)).toBe(
      'full',
    );
    expect(
      candidateView(caller('municipal_case_worker', { municipalityCode: '0181' }), track, null),
    ).toBe('full');
    expect(candidateView(caller('admin'), track, null)).toBe('full');
  });

  it('shows an employer contact only the candidates who met its own employer', () => {
    const contact = caller('employer_contact', { employerId });
    expect(candidateView(contact, track, employerId)).toBe('employer');
    expect(candidateView(contact, track, otherEmployer)).toBe('hidden');
    expect(candidateView(contact, track, null)).toBe('hidden');
  });

  it('hides candidates from process leaders and officers of other offices', () => {
    expect(
      candidateView(caller('process_leader', { officeId: 'af-sodertalje' }), track, employerId),
    ).toBe('hidden');
    expect(candidateView(caller('officer', { officeId: 'af-solna' }), track, null)).toBe('hidden');
  });
});

describe('who records the final selection', () => {
  it('lets the team record it for any employer', () => {
    expect(
      maySelect(caller('officer', { officeId: 'af-sodertalje' }), track, employerId, otherEmployer),
    ).toBe(true);
  });

  it('lets an employer contact select for its own employer a candidate it met, nothing else', () => {
    const contact = caller('employer_contact', { employerId });
    expect(maySelect(contact, track, employerId, employerId)).toBe(true);
    expect(maySelect(contact, track, otherEmployer, employerId)).toBe(false);
    expect(maySelect(contact, track, employerId, otherEmployer)).toBe(false);
    expect(
      maySelect(
        caller('process_leader', { officeId: 'af-sodertalje' }),
        track,
        employerId,
        employerId,
      ),
    ).toBe(false);
  });
});
