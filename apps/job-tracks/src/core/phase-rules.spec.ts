import { isPhaseAhead, isWorkingPhase, nextPhase, statusOf, trackPhases } from './phase-rules';

describe('the phase machine', () => {
  it('moves PLANNING → RECRUITMENT → IMPLEMENTATION → CLOSING → CLOSED and no further', () => {
    const path = ['PLANNING'];
    let phase = nextPhase('PLANNING');
    while (phase) {
      path.push(phase);
      phase = nextPhase(phase);
    }
    expect(path).toEqual(['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED']);
  });

  it('has no phase after a cancellation', () => {
    expect(nextPhase('CANCELLED')).toBeNull();
  });

  it('takes commands only in the four working phases', () => {
    expect(trackPhases.filter(isWorkingPhase)).toEqual([
      'PLANNING',
      'RECRUITMENT',
      'IMPLEMENTATION',
      'CLOSING',
    ]);
  });

  it('shows ACTIVE while working and the end itself afterwards', () => {
    expect(statusOf('RECRUITMENT')).toBe('ACTIVE');
    expect(statusOf('CLOSED')).toBe('CLOSED');
    expect(statusOf('CANCELLED')).toBe('CANCELLED');
  });

  it('keeps the current and later phases open for checklist work, never a passed one', () => {
    expect(isPhaseAhead('RECRUITMENT', 'RECRUITMENT')).toBe(true);
    expect(isPhaseAhead('CLOSING', 'PLANNING')).toBe(true);
    expect(isPhaseAhead('PLANNING', 'RECRUITMENT')).toBe(false);
  });
});
