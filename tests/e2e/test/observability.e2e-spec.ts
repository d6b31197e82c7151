import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '@jobbnatet/contracts';
import { localDir } from '@jobbnatet/infra-local';
import {
  expectEventually,
  postGraphql,
  receivedSpans,
  type ReceivedSpan,
} from '@jobbnatet/testing';
import { anOrganisationNumber } from './support/fixtures';
import { gatewayUrl, login, metricsUrls, otlpEndpoint } from './support/platform';

const register = `mutation RegisterForTrace($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) { id }
}`;

const spanKind = { server: 2, client: 3, producer: 4, consumer: 5 };

/** One value of a Prometheus/OpenMetrics text: the sample whose name and labels all match. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.entries(labels).every(([key, value]) =>
      match[2]!.includes(`${key}="${value}"`),
    );
    if (has) return Number(match[3]);
  }
  return undefined;
}

const scrape = async (app: string) => (await fetch(metricsUrls[app]!)).text();

describe('observability', () => {
  const traceId = randomBytes(16).toString('hex');

  beforeAll(async () => {
    const officer = await login('officer');
    // As a traced client would call: the platform continues the caller's trace.
    const response = await postGraphql<{ registerEmployer: { id: string } }>(
      gatewayUrl,
      register,
      {
        input: {
          organisationNumber: anOrganisationNumber(),
          name: 'Spårbar AB',
          sniCode: '62010',
          sizeBand: 'SMALL',
        },
      },
      {
        authorization: `Bearer ${officer}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerEmployer.id).toEqual(expect.any(String));
  });

  it('follows one trace from the gateway through the subgraph and the relay into a consumer', async () => {
    let spans: ReceivedSpan[] = [];
    const consumed = (span: ReceivedSpan) =>
      span.service === 'job-tracks' &&
      span.kind === spanKind.consumer &&
      span.name === 'employer.registered process';
    await expectEventually(async () => {
      spans = (await receivedSpans(otlpEndpoint)).filter((span) => span.traceId === traceId);
      expect(spans.some(consumed)).toBe(true);
    });
    const one = (service: string, kind: number, name: string | RegExp) => {
      const found = spans.filter(
        (span) =>
          span.service === service &&
          span.kind === kind &&
          (typeof name === 'string' ? span.name === name : name.test(span.name)),
      );
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const gateway = one('gateway', spanKind.server, 'mutation RegisterForTrace');
    const fetch = one('gateway', spanKind.client, 'fetch employers');
    // The gateway names each subgraph's part of the operation after it.
    const subgraph = one(
      'employers',
      spanKind.server,
      /^mutation RegisterForTrace__employers__\d+$/,
    );
    const relay = one('employers', spanKind.producer, `${topics.employers} publish`);
    const consumer = one('job-tracks', spanKind.consumer, 'employer.registered process');
    // Each step is the child of the one before: the trace is one chain, not five loose spans.
    expect(fetch.parentSpanId).toBe(gateway.spanId);
    expect(subgraph.parentSpanId).toBe(fetch.spanId);
    expect(relay.parentSpanId).toBe(subgraph.spanId);
    expect(consumer.parentSpanId).toBe(relay.spanId);
    // The correlation id of the request names every step, the consumer's included.
    const correlationId = gateway.attributes['jobbnatet.correlation_id'];
    expect(correlationId).toEqual(expect.stringMatching(/^[\w.:-]+$/));
    for (const span of [subgraph, consumer])
      expect(span.attributes['jobbnatet.correlation_id']).toBe(correlationId);
    expect(consumer.attributes).toMatchObject({
      'messaging.destination.name': topics.employers,
      'cloudevents.event_type': 'employer.registered',
    });
    // Ids, names and codes only: the employer's name never leaves the process in a span.
    expect(JSON.stringify(spans)).not.toContain('Spårbar');
  });

  it('writes the trace id on the log lines of the request', () => {
    const logs = readFileSync(join(localDir('logs'), 'employers.log'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(traceId));
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs)
      expect(JSON.parse(line)).toMatchObject({ traceId, service: 'employers' });
  });

  it('serves Prometheus metrics on every app', async () => {
    for (const app of Object.keys(metricsUrls)) {
      const text = await scrape(app);
      expect(
        sample(text, 'jobbnatet_process_resident_memory_bytes', { service: app }),
      ).toBeGreaterThan(0);
    }
    const gateway = await scrape('gateway');
    expect(
      sample(gateway, 'jobbnatet_graphql_operations_total', {
        operation: 'RegisterForTrace',
        type: 'mutation',
        code: 'OK',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'jobbnatet_graphql_operation_duration_seconds_count', {
        operation: 'RegisterForTrace',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'jobbnatet_gateway_subgraph_fetch_duration_seconds_count', {
        subgraph: 'employers',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    // The latency sample carries its trace as an exemplar.
    expect(gateway).toContain(`trace_id="`);
  });

  it('shows each service its outbox, relay, consumers and database pool', async () => {
    for (const app of Object.keys(metricsUrls).filter((name) => name !== 'gateway')) {
      const text = await scrape(app);
      const database = `${app.replace(/-/g, '_')}_e2e`;
      expect(sample(text, 'jobbnatet_outbox_backlog_events', { database })).toBeGreaterThanOrEqual(
        0,
      );
      expect(
        sample(text, 'jobbnatet_outbox_oldest_unsent_age_seconds', { database }),
      ).toBeGreaterThanOrEqual(0);
      const max = sample(text, 'jobbnatet_db_pool_connections', { database, state: 'max' });
      expect(max).toBeGreaterThan(0);
      expect(
        sample(text, 'jobbnatet_db_pool_connections', { database, state: 'total' }),
      ).toBeLessThanOrEqual(max!);
    }
    const employers = await scrape('employers');
    expect(
      sample(employers, 'jobbnatet_outbox_relayed_events_total', { topic: topics.employers }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(employers, 'jobbnatet_outbox_relay_batch_duration_seconds_count', {}),
    ).toBeGreaterThanOrEqual(1);

    // job-tracks applied the employer: its group has read the employers topic up to the end.
    await expectEventually(async () => {
      const jobTracks = await scrape('job-tracks');
      const lags = jobTracks
        .split('\n')
        .filter(
          (line) =>
            line.startsWith('jobbnatet_consumer_lag_messages{') && line.includes(topics.employers),
        );
      expect(lags.length).toBeGreaterThan(0);
    });
    const jobTracks = await scrape('job-tracks');
    for (const reason of ['malformed', 'invalid-data', 'handler-failed'])
      expect(
        sample(jobTracks, 'jobbnatet_consumer_dead_letters_total', { reason }),
      ).toBeGreaterThanOrEqual(0);
  });
});
