import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import { validateReport } from './report-rules';

const valid = { name: 'Första report', officeId: 'af-sodertalje' };

/** The typed error a refused input raises. */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('report rules', () => {
  it('accepts a name and an office, trimming the name', () => {
    expect(validateReport({ ...valid, name: '  Första  ' })).toEqual({
      name: 'Första',
      officeId: 'af-sodertalje',
    });
  });

  it.each(['', '   ', '\u0301', '1234', 'a\u0000b', 'x'.repeat(201)])(
    'refuses the name %j, naming the field',
    (name) => {
      expect(refusal(() => validateReport({ ...valid, name })).field).toBe('name');
    },
  );

  it.each(['', 'af-nowhere', 'AF-Solna', '__proto__'])(
    'refuses %j, which is no Arbetsförmedlingen office, naming the field',
    (officeId) => {
      expect(refusal(() => validateReport({ ...valid, officeId })).field).toBe('officeId');
    },
  );

  it('answers any hostile name with a clean name or a typed refusal that never quotes it', () => {
    fc.assert(
      fc.property(hostileString(), (name) => {
        try {
          const accepted = validateReport({ ...valid, name });
          expect(accepted.name).toMatch(/\p{L}/u);
          expect(accepted.name).not.toMatch(/\p{C}/u);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect(error).toMatchObject({ field: 'name' });
          if (name.trim().length > 3)
            expect((error as DomainError).message).not.toContain(name.trim());
        }
      }),
    );
  });
});
