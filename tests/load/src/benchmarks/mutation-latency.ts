import { randomUUID } from 'node:crypto';
import { topics } from '@jobbnatet/contracts';
import { Kafka, logLevel } from 'kafkajs';
import type { SubgraphName } from '@jobbnatet/infra-local';
import type { Benchmark, BenchmarkResult, Figure } from '../benchmark';
import { devLogin } from '@jobbnatet/testing';
import { registerMutation, registrationInput } from '../support/graphql-client';
import { cpuFigures, cpuPerOperation, platformCpuTimes } from '../support/cpu-time';
import { comparedWithLimit, limits } from '../support/limits';
import { startBenchPlatform } from '../support/platform';
import { progress } from '../support/progress';
import { sleep, summarize, withTimeout } from '../support/stats';
import { Teardown } from '../support/teardown';

const settings = {
  warmUpRegistrations: 10,
  registrations: 300,
  ratePerSecond: 50,
  loop: 'open: each mutation starts on schedule, whether or not the previous one has answered',
};

/**
 * Where the registrations run. The path alone is what LIMITS measured (a producer, Kafka, a
 * consumer, PostgreSQL on these two cores): the gateway, the participants subgraph with its relay,
 * and the benchmark's consumer. The whole platform adds every other service, whose consumers of
 * `participants.v1` share the same two cores with the path.
 */
interface Setup {
  name: string;
  only?: readonly SubgraphName[];
}

const setups: Setup[] = [
  { name: 'path alone', only: ['participants'] },
  { name: 'whole platform' },
];

interface Measured {
  achievedRatePerSecond: number;
  figures: Figure[];
  early: number;
  details: Record<string, unknown>;
}

interface Timing {
  sentAt: number;
  answeredAt: number;
}

async function measure(setup: Setup): Promise<Measured> {
  const teardown = new Teardown();
  try {
    const { infra, platform } = await startBenchPlatform(teardown, setup.only);
    const token = await devLogin(platform.gatewayUrl, 'officer');

    // A plain consumer in a group of its own, reading only what is produced from now on. Arrival
    // times are taken on the same clock (performance.now) as the HTTP responses.
    const arrivals = new Map<string, number>();
    /** Arrival minus the envelope's `time` (set inside the transaction, just before the commit), in ms. */
    const sinceEventTime = new Map<string, number>();
    const waiters = new Set<() => void>();
    const kafka = new Kafka({
      clientId: 'bench-latency',
      brokers: infra.kafkaBrokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `bench-latency-${randomUUID()}` });
    teardown.add('the consumer', () => consumer.disconnect());
    const joined = new Promise<void>((resolve) =>
      consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
    );
    await consumer.connect();
    await consumer.subscribe({ topics: [topics.participants], fromBeginning: false });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = performance.now();
        if (!message.key) return;
        arrivals.set(message.key.toString(), at);
        const time = (JSON.parse(message.value?.toString() ?? '{}') as { time?: string }).time;
        if (time)
          sinceEventTime.set(
            message.key.toString(),
            performance.timeOrigin + at - Date.parse(time),
          );
        for (const wake of waiters) wake();
      },
    });
    await joined;
    const arrived = (ids: string[], timeoutMs: number) =>
      withTimeout(
        new Promise<void>((resolve) => {
          const check = () => {
            if (!ids.every((id) => arrivals.has(id))) return;
            waiters.delete(check);
            resolve();
          };
          waiters.add(check);
          check();
        }),
        timeoutMs,
        () => `${ids.filter((id) => arrivals.has(id)).length} of ${ids.length} events arrived`,
      );

    const register = async (n: number): Promise<{ id: string } & Timing> => {
      const sentAt = performance.now();
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: registerMutation,
          variables: { input: registrationInput(n) },
        }),
      });
      const body = (await response.json()) as {
        data?: { registerParticipant?: { id: string } };
        errors?: unknown;
      };
      const answeredAt = performance.now();
      const id = body.data?.registerParticipant?.id;
      if (!id)
        throw new Error(
          `registration ${n} failed (${response.status}): ${JSON.stringify(body.errors)}`,
        );
      return { id, sentAt, answeredAt };
    };

    // Warm-up: warms every connection on the path and proves the consumer is positioned and fetching.
    // Only the last one must arrive: the new group takes the latest offset at its first fetch, which
    // may come after the first warm-up event.
    progress(`${setup.name}: warming up with ${settings.warmUpRegistrations} registrations`);
    let last = '';
    for (let n = 0; n < settings.warmUpRegistrations; n++) last = (await register(n)).id;
    await arrived([last], 30_000);

    progress(
      `${setup.name}: registering ${settings.registrations} participants at ${settings.ratePerSecond}/s`,
    );
    const interval = 1000 / settings.ratePerSecond;
    const cpuBefore = platformCpuTimes();
    const started = performance.now();
    const pending: Promise<{ id: string } & Timing>[] = [];
    for (let i = 0; i < settings.registrations; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(register(settings.warmUpRegistrations + i));
    }
    const registered = await Promise.all(pending);
    const sendSeconds = (performance.now() - started) / 1000;
    await arrived(
      registered.map(({ id }) => id),
      30_000,
    );
    const cpu = cpuPerOperation(cpuBefore, platformCpuTimes(), registered.length);

    const responseToEvent = registered.map(({ id, answeredAt }) => arrivals.get(id)! - answeredAt);
    const requestToEvent = registered.map(({ id, sentAt }) => arrivals.get(id)! - sentAt);
    const mutation = registered.map(({ sentAt, answeredAt }) => answeredAt - sentAt);
    const eventTimeToEvent = summarize(
      registered.map(({ id }) => sinceEventTime.get(id) ?? Number.NaN),
    );
    const latency = summarize(responseToEvent);
    const early = responseToEvent.filter((ms) => ms < 0).length;

    const figure = (label: string, value: number, compared?: Figure['compared']): Figure => ({
      label: `${setup.name}: ${label}`,
      value,
      unit: 'ms',
      ...(compared ? { compared } : {}),
    });
    return {
      achievedRatePerSecond: settings.registrations / sendSeconds,
      early,
      figures: [
        figure(
          'event time (in tx) → event p50',
          eventTimeToEvent.p50,
          comparedWithLimit(limits.relayLatencyP50),
        ),
        figure(
          'event time (in tx) → event p99',
          eventTimeToEvent.p99,
          comparedWithLimit(limits.relayLatencyP99),
        ),
        figure('response → event p50', latency.p50, comparedWithLimit(limits.relayLatencyP50)),
        figure('response → event p99', latency.p99, comparedWithLimit(limits.relayLatencyP99)),
        figure('response → event max', latency.max),
        figure('request sent → event p50', summarize(requestToEvent).p50),
        figure('request sent → event p99', summarize(requestToEvent).p99),
        figure('mutation round trip p50', summarize(mutation).p50),
        figure('mutation round trip p99', summarize(mutation).p99),
        ...cpuFigures(cpu, 'registration').map((cpuFigure) => ({
          ...cpuFigure,
          label: `${setup.name}: ${cpuFigure.label}`,
        })),
      ],
      details: {
        responseToEventMs: latency,
        requestToEventMs: summarize(requestToEvent),
        eventTimeToEventMs: eventTimeToEvent,
        mutationRoundTripMs: summarize(mutation),
        samplesResponseToEventMs: responseToEvent.map((ms) => Math.round(ms * 100) / 100),
      },
    };
  } finally {
    await teardown.run();
  }
}

async function run(): Promise<BenchmarkResult> {
  const measured: Measured[] = [];
  for (const setup of setups) measured.push(await measure(setup));
  return {
    settings: {
      ...settings,
      setups: setups.map((setup) => setup.name),
      achievedRatePerSecond: measured.map((run) => run.achievedRatePerSecond),
    },
    figures: measured.flatMap((run) => run.figures),
    notes: [
      `path alone: ${setups[0]!.only!.join(', ')} and the gateway, the other subgraphs down; whole platform: every app, as \`npm start\` runs them.`,
      'response → event: from the HTTP response (fully read by the client) to the event at a kafkajs consumer; the commit happened earlier, inside the mutation, so this is shorter than commit → consumer.',
      'CPU: user + system time of each process from /proc, from the first measured registration until the last event arrived, per registration (idle work included).',
      "event time → event: from the envelope's `time` (stamped in the transaction just before the commit, 1 ms resolution, so up to 1 ms too long) to arrival; the closest to LIMITS' commit → consumer.",
      ...measured.flatMap((run, index) =>
        run.early > 0
          ? [
              `${setups[index]!.name}: ${run.early} of ${settings.registrations} events reached the consumer before the client had the HTTP response (negative latency)`,
            ]
          : [],
      ),
    ],
    details: Object.fromEntries(measured.map((run, index) => [setups[index]!.name, run.details])),
  };
}

export const mutationLatency: Benchmark = {
  name: 'mutation-latency',
  description:
    'registerParticipant through the gateway at 50/s, on the path alone and on the whole platform: time from the commit to participant.registered at a consumer',
  run,
};
