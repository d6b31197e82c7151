import { JsonLogger } from './json-logger';
import { runInRequestContext } from './request-context';

describe('JSON logger (pino)', () => {
  let lines: string[];
  const capture = { write: (line: string) => lines.push(line) };
  beforeEach(() => {
    lines = [];
  });

  it('writes one JSON object per line with the correlation id of the request in flight', () => {
    runInRequestContext({ correlationId: 'req-42' }, () =>
      new JsonLogger('participants', 'info', capture).log('registered', 'Participants'),
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'info',
      service: 'participants',
      context: 'Participants',
      msg: 'registered',
      correlationId: 'req-42',
    });
  });

  it('drops lines below its level', () => {
    new JsonLogger('participants', 'warn', capture).log('chatter');
    expect(lines).toEqual([]);
  });

  it('redacts the parameters and detail a database error carries', () => {
    const failure = Object.assign(new Error('violates check constraint'), {
      parameters: ['Ida', 'Integration'],
      detail: 'Failing row contains (Ida, Integration)',
      driverError: { detail: 'Failing row contains (Ida, Integration)' },
    });
    new JsonLogger('participants', 'info', capture).error(failure, undefined, 'GraphQL');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('violates check constraint');
    expect(lines[0]).not.toContain('Integration');
  });
});
