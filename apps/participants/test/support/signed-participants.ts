import 'reflect-metadata';
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import {
  identityHeader,
  identityVerifyKeySet,
  signIdentity,
  type BoundOperation,
  type CallerIdentity,
} from '@jobbnatet/contracts';
import { databaseUrl, JsonLogger } from '@jobbnatet/service-kit';
import { testIdentityNumbers } from '@jobbnatet/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../../src/app.module';
import { participantsConfig } from '../../src/config';

/**
 * The real participants app on a free port, as the gateway sees it: requests carry identities
 * signed with a gateway key the app trusts. For the API-level identity and error tests.
 */
export const serverUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';

export interface GatewayKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

export function gatewayKey(keyId: string): GatewayKey {
  return { ...generateKeyPairSync('ed25519'), keyId };
}

export const officer: CallerIdentity = {
  userId: randomUUID(),
  role: 'officer',
  officeId: 'af-sodertalje',
  correlationId: 'identity-it',
};

export const registerMutation =
  'mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }';

const numbers = testIdentityNumbers().filter((n) => n.startsWith('19'));
let nextNumber = 0;

export function registrationInput(): Record<string, string> {
  return {
    identityNumber: numbers[nextNumber++ % numbers.length] as string,
    givenName: 'Ida',
    familyName: 'Integration',
    homeMunicipalityCode: '0181',
    officeId: 'af-sodertalje',
  };
}

/** SQL straight against a database on the test server, as an operator would run it. */
export async function sql<T>(text: string, params: unknown[] = [], on = 'postgres'): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, on) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface SignedParticipants {
  app: INestApplication;
  graphqlUrl: string;
  database: string;
  /** A header as the gateway would make it for this operation. */
  sign(
    operation: BoundOperation,
    options?: { key?: GatewayKey; caller?: CallerIdentity; audience?: string },
  ): Promise<string>;
  /** POSTs the operation with a freshly signed identity (or the given header). */
  post(
    operation: BoundOperation,
    options?: { key?: GatewayKey; caller?: CallerIdentity; header?: string },
  ): Promise<Response>;
  stop(): Promise<void>;
}

export async function startSignedParticipants(trusted: GatewayKey[]): Promise<SignedParticipants> {
  const database = `participants_it_${randomBytes(4).toString('hex')}`;
  const config = participantsConfig({
    DATABASE_URL: serverUrl,
    DATABASE_NAME: database,
    KAFKA_BROKERS: brokers,
    IDENTITY_VERIFY_KEYS: identityVerifyKeySet(
      trusted.map(({ publicKey, keyId }) => ({ key: publicKey, keyId })),
    ),
    PII_ENCRYPTION_KEYS: `it1:${randomBytes(32).toString('base64')}`,
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    JOBBNATET_MODE: 'production',
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create(AppModule.register(config), {
    logger: new JsonLogger('participants', 'error'),
  });
  await app.listen(0, '127.0.0.1');
  const graphqlUrl = `${await app.getUrl()}/graphql`;
  const [defaultKey] = trusted as [GatewayKey];
  const sign: SignedParticipants['sign'] = (operation, options = {}) => {
    const key = options.key ?? defaultKey;
    return signIdentity(options.caller ?? officer, {
      key: key.privateKey,
      keyId: key.keyId,
      audience: options.audience ?? 'participants',
      operation,
    });
  };
  return {
    app,
    graphqlUrl,
    database,
    sign,
    async post(operation, options = {}) {
      return fetch(graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [identityHeader]: options.header ?? (await sign(operation, options)),
        },
        body: JSON.stringify(operation),
      });
    },
    async stop() {
      await app.close();
      await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    },
  };
}
