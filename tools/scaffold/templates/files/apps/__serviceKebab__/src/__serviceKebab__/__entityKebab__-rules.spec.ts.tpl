import { DomainError } from '@jobbnatet/service-kit';
import { validate{{entityPascal}} } from './{{entityKebab}}-rules';

const valid = { name: 'Första {{entityWords}}', officeId: 'af-sodertalje' };

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

describe('{{entityWords}} rules', () => {
  it('accepts a name and an office, trimming the name', () => {
    expect(validate{{entityPascal}}({ ...valid, name: '  Första  ' })).toEqual({
      name: 'Första',
      officeId: 'af-sodertalje',
    });
  });

  it.each(['', '   ', '\u0301', '1234', 'a\u0000b', 'x'.repeat(201)])(
    'refuses the name %j, naming the field',
    (name) => {
      expect(refusal(() => validate{{entityPascal}}({ ...valid, name })).field).toBe('name');
    },
  );

  it.each(['', 'AF-Solna', 'af solna', '__proto__', 'a'.repeat(65)])(
    'refuses the office %j, naming the field',
    (officeId) => {
      expect(refusal(() => validate{{entityPascal}}({ ...valid, officeId })).field).toBe('officeId');
    },
  );

  it('never repeats the refused value in its message', () => {
    const error = refusal(() => validate{{entityPascal}}({ ...valid, name: '\u0000secret' }));
    expect(error.message).not.toContain('secret');
  });
});
