import { generateKeyPairSync } from 'node:crypto';
import { identityVerifyKeySet } from '@jobbnatet/contracts';
import { ConfigError, listenHost, loadConfig, serviceConfigSchema } from './service-config';

const gateway = generateKeyPairSync('ed25519');
const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/postgres',
  DATABASE_NAME: 'participants',
  KAFKA_BROKERS: '127.0.0.1:19092,127.0.0.1:19094',
  IDENTITY_VERIFY_KEYS: identityVerifyKeySet([{ key: gateway.publicKey, keyId: 'gw-1' }]),
};

describe('service configuration', () => {
  it('applies defaults for what may be left out, production among them', () => {
    expect(loadConfig(serviceConfigSchema, valid)).toMatchObject({
      PORT: 0,
      JOBBNATET_MODE: 'production',
      LOG_LEVEL: 'info',
    });
  });

  it('binds every interface in production and only the loopback in development', () => {
    const production = loadConfig(serviceConfigSchema, valid);
    const development = loadConfig(serviceConfigSchema, {
      ...valid,
      JOBBNATET_MODE: 'development',
    });

    expect(listenHost(production)).toBe('0.0.0.0');
    expect(listenHost(development)).toBe('127.0.0.1');
  });

  it('binds where HOST says, in either mode', () => {
    for (const mode of ['development', 'production']) {
      const config = loadConfig(serviceConfigSchema, {
        ...valid,
        JOBBNATET_MODE: mode,
        HOST: '10.0.0.5',
      });
      expect(listenHost(config)).toBe('10.0.0.5');
    }
  });

  it('names every missing or invalid variable in one error', () => {
    const attempt = () =>
      loadConfig(serviceConfigSchema, {
        ...valid,
        DATABASE_URL: 'mysql://x',
        KAFKA_BROKERS: undefined,
        PORT: '99999',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL[\s\S]*KAFKA_BROKERS|KAFKA_BROKERS[\s\S]*DATABASE_URL/);
    expect(attempt).toThrow(/PORT/);
  });

  it('refuses verify keys that are a PEM instead of a key set, or hold a private key', () => {
    const privateJwk = { ...gateway.privateKey.export({ format: 'jwk' }), kid: 'gw-1' };
    for (const IDENTITY_VERIFY_KEYS of [
      '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----',
      JSON.stringify({ keys: [privateJwk] }),
    ]) {
      expect(() => loadConfig(serviceConfigSchema, { ...valid, IDENTITY_VERIFY_KEYS })).toThrow(
        /IDENTITY_VERIFY_KEYS: must be a JSON Web Key Set/,
      );
    }
  });

  it('refuses a database name that is not a plain identifier', () => {
    expect(() => loadConfig(serviceConfigSchema, { ...valid, DATABASE_NAME: 'x"; DROP' })).toThrow(
      /DATABASE_NAME/,
    );
  });
});
