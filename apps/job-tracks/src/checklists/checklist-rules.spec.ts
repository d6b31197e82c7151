import { workingPhases } from '../core/phase-rules';
import { checklistCatalogue, checklistDefinition } from './checklist-catalogue';
import { type ChecklistStanding, missingItems } from './checklist-rules';

const items = (overrides: Record<string, Partial<ChecklistStanding>> = {}): ChecklistStanding[] =>
  checklistCatalogue.map((d) => ({
    code: d.code,
    phase: d.phase,
    state: 'NOT_DONE' as const,
    waived: false,
    ...overrides[d.code],
  }));

describe('the checklist catalogue', () => {
  it('has points for each of the four phases, each with a unique code and both labels', () => {
    for (const phase of workingPhases) {
      expect(checklistCatalogue.filter((d) => d.phase === phase).length).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(checklistCatalogue.map((d) => d.code)).size).toBe(checklistCatalogue.length);
    for (const d of checklistCatalogue) {
      expect(d.code).toMatch(new RegExp(`^${d.phase}_[A-Z_]+$`));
      expect(d.sv.length).toBeGreaterThan(5);
      expect(d.en.length).toBeGreaterThan(5);
    }
  });

  it('carries the source text’s planning points, the letter of intent among them', () => {
    expect(checklistDefinition('PLANNING_LETTER_OF_INTENT')?.sv).toMatch(/avsiktsförklaring/);
    expect(checklistDefinition('RECRUITMENT_PARTICIPANTS_ADMITTED')?.sv).toBe('Anta deltagare.');
    expect(checklistDefinition('NO_SUCH_ITEM')).toBeUndefined();
  });
});

describe('checklist completeness', () => {
  it('names every open item of the phase, in checklist order, and none of other phases', () => {
    const planning = checklistCatalogue.filter((d) => d.phase === 'PLANNING').map((d) => d.code);
    expect(missingItems(items(), 'PLANNING')).toEqual(planning);
  });

  it('counts DONE, NOT_APPLICABLE and a waived item as complete', () => {
    const all = items({
      PLANNING_STAFF_APPOINTED: { state: 'DONE' },
      PLANNING_EMPLOYER_MEETING: { state: 'NOT_APPLICABLE' },
      PLANNING_LETTER_OF_INTENT: { waived: true },
    });
    const missing = missingItems(all, 'PLANNING');
    expect(missing).not.toContain('PLANNING_STAFF_APPOINTED');
    expect(missing).not.toContain('PLANNING_EMPLOYER_MEETING');
    expect(missing).not.toContain('PLANNING_LETTER_OF_INTENT');
    expect(missing).toContain('PLANNING_COMPETENCE_PROFILE_FIXED');
  });

  it('is complete when every item of the phase is', () => {
    const done = Object.fromEntries(
      checklistCatalogue.map((d) => [d.code, { state: 'DONE' as const }]),
    );
    expect(missingItems(items(done), 'CLOSING')).toEqual([]);
  });
});
