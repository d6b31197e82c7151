import type { Config } from 'jest';

/** SWC instead of ts-jest: the same decorator semantics as tsc, at a fraction of the start-up cost. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/**
 * The one jest configuration. Unit specs sit beside the code (`src/**\/*.spec.ts`); integration
 * specs that need PostgreSQL or Kafka live in `test/**\/*.int-spec.ts` and run one file at a time,
 * unless a package whose suites are independent of each other says `maxWorkers: 2`.
 */
export function jestConfig(overrides: Config = {}): Config {
  return {
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
    testMatch: [
      '<rootDir>/src/**/*.spec.ts',
      '<rootDir>/test/**/*.spec.ts',
      '<rootDir>/test/**/*.int-spec.ts',
    ],
    moduleFileExtensions: ['ts', 'js', 'json'],
    reporters: ['default', require.resolve('./reporter')],
    testTimeout: 60_000,
    maxWorkers: 1,
    ...overrides,
  };
}
