import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { identityHeader, type CallerIdentity } from '@jobbnatet/contracts';
import {
  databaseUrl,
  JsonLogger,
  runtimeRoleName,
  unscopedResolvers,
} from '@jobbnatet/service-kit';
import { postGraphql, type GraphqlResponse } from '@jobbnatet/testing';
import type { DynamicModule, INestApplication, LoggerService, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import {
  createIdentitySigner,
  trustedBy,
  type IdentitySigner,
  type SignedOperation,
} from './identity-signer';
import { rootFieldOperations } from './root-fields';

export interface SubgraphOptions {
  /** The subgraph's name: identity audience and database name prefix. */
  serviceName: string;
  /** The app module for a complete environment (the app validates it with its own config). */
  appModule: (env: Record<string, string>) => Type | DynamicModule;
  /** The app's own variables (its PII keys, say); the harness adds database, Kafka and identity. */
  env?: Record<string, string>;
  /** A database of its own by default; pass one to start a second instance on the same data. */
  databaseName?: string;
  kafkaBrokers?: string;
  signer?: IdentitySigner;
  /** The signers the subgraph trusts; only `signer` unless given (a key rotation trusts two). */
  trusted?: IdentitySigner[];
  logger?: LoggerService;
}

export const testDatabaseServer = (): string =>
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
export const testKafkaBrokers = (): string => process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';

/** SQL on a database of the test server, as an operator would run it. */
export async function sqlOn<T>(
  database: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(testDatabaseServer(), database) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A subgraph running on real PostgreSQL and Kafka, called as the gateway would call it. */
export class Subgraph {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly databaseName: string,
    readonly env: Record<string, string>,
    private readonly options: SubgraphOptions & { signer: IdentitySigner },
  ) {}

  /** Boots the subgraph's app module on a free port, against its own fresh database by default. */
  static async start(options: SubgraphOptions): Promise<Subgraph> {
    const signer = options.signer ?? createIdentitySigner();
    const databaseName =
      options.databaseName ??
      // A database name is an identifier: `job-tracks` → `job_tracks_it_…`.
      `${options.serviceName.replace(/-/g, '_')}_it_${randomBytes(4).toString('hex')}`;
    const env = {
      DATABASE_URL: testDatabaseServer(),
      DATABASE_NAME: databaseName,
      // Its own consumer group per database: parallel suites of one service must not share events.
      CONSUMER_GROUP: databaseName,
      KAFKA_BROKERS: options.kafkaBrokers ?? testKafkaBrokers(),
      JOBBNATET_MODE: 'development',
      LOG_LEVEL: 'error',
      ...trustedBy(options.trusted ?? [signer]),
      ...options.env,
    };
    const app = await NestFactory.create(options.appModule(env), {
      logger: options.logger ?? new JsonLogger(options.serviceName, 'error'),
    });
    app.enableShutdownHooks();
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    return new Subgraph(app, url, databaseName, env, { ...options, signer });
  }

  /** One operation as `caller`, signed for this subgraph and this very operation. */
  async call<T>(
    caller: CallerIdentity,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const identity = await this.sign(caller, { query, variables });
    return postGraphql<T>(this.graphqlUrl, query, variables, { [identityHeader]: identity });
  }

  /** A header as the gateway would make it: by default this subgraph's signer and audience. */
  sign(
    caller: CallerIdentity,
    operation: SignedOperation,
    options: { signer?: IdentitySigner; audience?: string } = {},
  ): Promise<string> {
    const signer = options.signer ?? this.options.signer;
    return signer.sign(caller, options.audience ?? this.options.serviceName, operation);
  }

  /**
   * POSTs the operation exactly as the gateway would, with a fresh identity (or the given header),
   * and returns the raw HTTP response: for tests of status codes and the request's shape.
   */
  async post(
    caller: CallerIdentity,
    operation: SignedOperation,
    options: { signer?: IdentitySigner; audience?: string; header?: string } = {},
  ): Promise<Response> {
    return fetch(this.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [identityHeader]: options.header ?? (await this.sign(caller, operation, options)),
      },
      body: JSON.stringify(operation),
    });
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  /** One operation with no identity at all, as anyone on the network could send it. */
  unsigned<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
    return postGraphql<T>(`${this.url}/graphql`, query, variables);
  }

  /**
   * Every root field of the committed schema (`_service` and `_entities` included) sent unsigned,
   * with the status each got: a test expects 401 for all of them.
   */
  async unsignedWalk(printedSchemaFile: string): Promise<{ operation: string; status: number }[]> {
    const operations = rootFieldOperations(readFileSync(printedSchemaFile, 'utf8'));
    const results = [];
    for (const operation of operations) {
      results.push({ operation, status: (await this.unsigned(operation)).status });
    }
    return results;
  }

  /** Root fields and entity resolvers that bypass the kit's scope mechanism: a test expects none. */
  unscopedResolvers(): string[] {
    return unscopedResolvers(this.app);
  }

  sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return sqlOn<T>(this.databaseName, text, params);
  }

  /** Stops the app (its relay flushes first); `dropDatabase` removes its data and its role too. */
  async stop({ dropDatabase = false } = {}): Promise<void> {
    await this.app.close();
    if (dropDatabase) {
      await sqlOn('postgres', `DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`);
      await sqlOn('postgres', `DROP ROLE IF EXISTS ${runtimeRoleName(this.databaseName)}`);
    }
  }
}
