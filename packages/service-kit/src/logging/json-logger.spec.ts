import { JsonLogger } from './json-logger';
import { runInRequestContext } from './request-context';

describe('JSON logger', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => lines.push(String(chunk)) > 0);
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes one JSON object per line with the correlation id of the request in flight', () => {
    runInRequestContext({ correlationId: 'req-42' }, () =>
      new JsonLogger('participants').log('registered', 'Participants'),
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
    new JsonLogger('participants', 'warn').log('chatter');
    expect(lines).toEqual([]);
  });
});
