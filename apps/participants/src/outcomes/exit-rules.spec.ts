import { validateExit } from './exit-rules';

describe('an exit', () => {
  it('is recorded with its date and reason', () => {
    expect(validateExit({ exitedOn: '2025-05-31', reason: 'STUDIES' }, '2025-06-01')).toEqual({
      exitedOn: '2025-05-31',
      reason: 'STUDIES',
    });
  });

  it('refuses a day still to come, a date that is none and a reason that is no code', () => {
    expect(() => validateExit({ exitedOn: '2025-06-02', reason: 'MOVED' }, '2025-06-01')).toThrow(
      expect.objectContaining({ field: 'exitedOn' }),
    );
    expect(() => validateExit({ exitedOn: '31/05/2025', reason: 'MOVED' }, '2025-06-01')).toThrow(
      expect.objectContaining({ field: 'exitedOn' }),
    );
    expect(() => validateExit({ exitedOn: '2025-05-31', reason: 'FIRED' }, '2025-06-01')).toThrow(
      expect.objectContaining({ field: 'reason' }),
    );
  });
});
