import { ConfigError, loadConfig, serviceConfigSchema } from './service-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/postgres',
  DATABASE_NAME: 'participants',
  KAFKA_BROKERS: '127.0.0.1:19092,127.0.0.1:19094',
  IDENTITY_VERIFY_KEY: '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----',
};

describe('service configuration', () => {
  it('applies defaults for what may be left out', () => {
    expect(loadConfig(serviceConfigSchema, valid)).toMatchObject({
      PORT: 0,
      JOBBNATET_MODE: 'development',
      LOG_LEVEL: 'info',
    });
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

  it('refuses a database name that is not a plain identifier', () => {
    expect(() => loadConfig(serviceConfigSchema, { ...valid, DATABASE_NAME: 'x"; DROP' })).toThrow(
      /DATABASE_NAME/,
    );
  });
});
