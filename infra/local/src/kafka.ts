import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { progress } from './log';
import { localDir, repoRoot } from './paths';
import {
  adopt,
  clearRecord,
  isAlive,
  portAcceptsConnections,
  readRecord,
  terminate,
  waitUntil,
  writeRecord,
} from './process-state';

export interface KafkaHandle {
  brokers: string;
  /** True when this process started the broker and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

const pom = join(repoRoot, 'infra/local/kafka/pom.xml');

/** Resolves the broker jars through Maven (cached in ~/.m2) and returns their classpath. */
function brokerClasspath(): string {
  const file = join(localDir('kafka'), 'classpath.txt');
  const stale = !existsSync(file) || statSync(file).mtimeMs < statSync(pom).mtimeMs;
  if (stale) {
    progress('kafka', 'resolving the Apache Kafka broker jars through Maven (first run only)');
    const result = spawnSync(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`],
      { stdio: 'inherit' },
    );
    if (result.error) throw new Error(`Kafka needs Maven 3 on PATH (${result.error.message})`);
    if (result.status !== 0) {
      throw new Error('mvn could not resolve the Kafka broker jars: check the network or ~/.m2');
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The local broker shares two cores with every app: C1 alone compiles it (docs/adr/0002). On a
 * fresh broker, C2's compiler threads took more CPU than its request handlers through the first
 * benchmarks, and C1's code was cheaper per event over the runs that a test or benchmark lasts.
 */
const brokerJvmOptions = ['-Xms256m', '-Xmx768m', '-XX:TieredStopAtLevel=1'];

function serverProperties(port: number, controllerPort: number, dataDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=3',
    // Services create their topics explicitly; a typo must not create a new one.
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    '',
  ].join('\n');
}

/**
 * A random KRaft cluster id (16 bytes, base64url). Like Kafka's own `Uuid.randomUuid`, never one
 * starting with '-': the storage tool would read it as an option and the first start would fail.
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Ready means a client can reach the group coordinator, not merely that the port is open. */
async function brokerReady(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'jobbnatet-readiness',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  }).admin();
  const attempt = (async () => {
    await admin.connect();
    // describeGroups alone does not load metadata first; describeCluster does.
    await admin.describeCluster();
    await admin.describeGroups(['jobbnatet-readiness']);
    return true;
  })();
  // A request to a broker that is still starting can hang; each probe gets a few seconds at most.
  const timeout = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), 5_000).unref(),
  );
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    attempt.catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

export async function startKafka(
  port = Number(process.env.JOBBNATET_KAFKA_PORT ?? 19092),
): Promise<KafkaHandle> {
  const external = process.env.KAFKA_BROKERS;
  if (external) {
    progress('kafka', `using the cluster at ${external} (KAFKA_BROKERS)`);
    return { brokers: external, owned: false, stop: async () => undefined };
  }
  const brokers = `127.0.0.1:${port}`;
  const running = readRecord('kafka');
  if (running && running.port === port && (await portAcceptsConnections(port))) {
    const owned = adopt('kafka', running.pid, port);
    progress(
      'kafka',
      `reusing the broker already running at ${brokers} (pid ${running.pid}${owned ? ', left by an interrupted run: stopped with this one' : ''})`,
    );
    await waitUntil('Kafka to be ready', () => brokerReady(brokers), 60_000, 500);
    return { brokers, owned, stop: owned ? () => stopBroker(running.pid) : async () => undefined };
  }
  if (await portAcceptsConnections(port)) {
    throw new Error(
      `port ${port} is taken by another program; set JOBBNATET_KAFKA_PORT or KAFKA_BROKERS`,
    );
  }

  const classpath = brokerClasspath();
  const dir = localDir('kafka');
  const dataDir = localDir('kafka', 'data');
  const config = join(dir, 'server.properties');
  writeFileSync(config, serverProperties(port, port + 1, dataDir));
  const logFile = join(dir, 'broker.log');
  const log = openSync(logFile, 'a');
  if (!existsSync(join(dataDir, 'meta.properties'))) {
    progress('kafka', 'formatting the KRaft log directory');
    const clusterId = newClusterId();
    const format = spawnSync(
      'java',
      ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', config],
      { stdio: ['ignore', log, log] },
    );
    if (format.error) throw new Error(`Kafka needs Java 17+ on PATH (${format.error.message})`);
    if (format.status !== 0) throw new Error(`kafka storage format failed; see ${logFile}`);
  }

  progress('kafka', `starting a single-node KRaft broker on ${brokers}`);
  // Detached: Ctrl-C reaches the orchestrator, which stops the broker in order, after the apps.
  const broker = spawn('java', [...brokerJvmOptions, '-cp', classpath, 'kafka.Kafka', config], {
    stdio: ['ignore', log, log],
    detached: true,
  });
  broker.unref();
  // A failed spawn is reported as an event too; the missing pid below already says it.
  broker.once('error', () => undefined);
  const pid = broker.pid;
  if (pid === undefined)
    throw new Error('java could not be started for Kafka: is Java 17+ on PATH?');
  writeRecord('kafka', { pid, port, owner: process.pid });
  const started = Date.now();
  const stop = () => stopBroker(pid);
  await waitUntil(
    'Kafka to be ready',
    async () => {
      if (!isAlive(pid)) throw new Error(`the broker exited; see ${logFile}`);
      return brokerReady(brokers);
    },
    90_000,
    250,
  ).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  progress('kafka', `ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { brokers, owned: true, stop };
}

async function stopBroker(pid: number): Promise<void> {
  progress('kafka', 'stopping the broker');
  await terminate(pid, 30_000);
  clearRecord('kafka');
}

/** Stops the broker this checkout started, whoever holds it (used by `infra:down`). */
export async function stopRecordedKafka(): Promise<void> {
  const record = readRecord('kafka');
  if (record) await stopBroker(record.pid);
  clearRecord('kafka');
}
