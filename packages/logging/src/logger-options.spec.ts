import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { testIdentityNumbers } from '@jobbnatet/testing';
import { createLogger } from './logger-options';

function capture(correlationId?: () => string | undefined) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    { service: 'participants', level: 'info', ...(correlationId ? { correlationId } : {}) },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

describe('shared logger options', () => {
  const identityNumber = testIdentityNumbers()[0] as string;

  it('writes one JSON object per line with level, time, service and msg', () => {
    const { logger, lines } = capture();

    logger.info({ participantId: 'p-1' }, 'participant registered');

    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: 'participants',
        participantId: 'p-1',
        msg: 'participant registered',
      },
    ]);
  });

  it('adds the correlation id the hook returns', () => {
    const { logger, lines } = capture(() => 'req-1');

    logger.warn('slow');

    expect(lines[0]).toMatchObject({ level: 'warn', correlationId: 'req-1' });
  });

  it('names the active trace and span, as the apps have them while tracing is on', () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    try {
      const { logger, lines } = capture(() => 'req-2');
      const span = trace.wrapSpanContext({
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        spanId: '00f067aa0ba902b7',
        traceFlags: TraceFlags.SAMPLED,
      });
      context.with(trace.setSpan(ROOT_CONTEXT, span), () => logger.info('in a span'));
      logger.info('outside any span');

      expect(lines[0]).toMatchObject({
        correlationId: 'req-2',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        spanId: '00f067aa0ba902b7',
      });
      expect(lines[1]).not.toHaveProperty('traceId');
    } finally {
      context.disable();
    }
  });

  it('never writes personal fields or credentials, at any depth a caller nests them', () => {
    const { logger, lines } = capture();

    logger.error(
      {
        identityNumber,
        participant: { givenName: 'Ida', familyName: 'Svensson', email: 'ida@example.se' },
        request: {
          headers: { authorization: 'Bearer abc.def.ghi', 'x-jobbnatet-identity': 'jwt' },
          body: { variables: { input: { identityNumber } } },
        },
        deep: { a: { b: { c: { personnummer: identityNumber } } } },
      },
      'registration failed',
    );

    const line = JSON.stringify(lines[0]);
    for (const secret of [
      identityNumber,
      'Ida',
      'Svensson',
      'ida@example.se',
      'abc.def.ghi',
      '"jwt"',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      identityNumber: '[redacted]',
      participant: { givenName: '[redacted]' },
      request: { headers: { authorization: '[redacted]' }, body: '[redacted]' },
    });
  });

  it('honours the level', () => {
    const { logger, lines } = capture();

    logger.debug('noise');

    expect(lines).toEqual([]);
  });
});

describe('nonBlockingStdout', () => {
  it('loses no line when the process exits straight after logging', () => {
    // A process of its own: what counts is what reaches its standard output before it is gone.
    const script = `
      const { createLogger, nonBlockingStdout } = require(${JSON.stringify(join(__dirname, '..', 'dist', 'index.js'))});
      const logger = createLogger({ service: 'gateway', level: 'info' }, nonBlockingStdout());
      for (let i = 0; i < 5000; i++) logger.info({ i }, 'request completed');
      process.exit(0);
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const lines = run.stdout.trimEnd().split('\n');
    expect({ status: run.status, lines: lines.length }).toEqual({ status: 0, lines: 5000 });
    expect((JSON.parse(lines[4999]!) as { i: number }).i).toBe(4999);
  });
});
