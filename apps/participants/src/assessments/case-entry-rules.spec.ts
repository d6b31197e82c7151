import { DomainError } from '@jobbnatet/domain-core';
import { pastOrToday, withinCase } from './case-entry-rules';
import { swedishDay } from '@jobbnatet/domain-se';

const fieldOf = (check: () => unknown): string | null => {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.field ?? 'unnamed';
  }
};

describe('dates of entries in a case', () => {
  it('follow the Swedish calendar day, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(swedishDay(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(swedishDay(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
    expect(swedishDay(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
  });

  it('accept a leap day only in a leap year', () => {
    expect(fieldOf(() => pastOrToday('writtenOn', '2024-02-29', '2025-01-01'))).toBeNull();
    expect(fieldOf(() => pastOrToday('writtenOn', '2025-02-29', '2025-03-01'))).toBe('writtenOn');
  });

  it('are never in the future', () => {
    expect(fieldOf(() => pastOrToday('writtenOn', '2025-01-02', '2025-01-01'))).toBe('writtenOn');
  });

  it('are not before the participant was registered, the day of registration included', () => {
    expect(fieldOf(() => withinCase('assessedOn', '2025-01-01', '2025-01-01'))).toBeNull();
    expect(fieldOf(() => withinCase('assessedOn', '2024-12-31', '2025-01-01'))).toBe('assessedOn');
  });
});
