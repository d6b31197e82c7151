// The shared ESLint flat config. Rules that carry the house style are errors, never warnings.
import tseslint from 'typescript-eslint';

/** Import patterns no package may use (shared by every block that sets no-restricted-imports). */
export const restrictedImportPatterns = [
  {
    group: ['@jobbnatet/*/src/**', '@jobbnatet/*/dist/**'],
    message: 'Import a package through its exports map, never a deep path.',
  },
  {
    group: ['**/apps/*', '../../apps/**'],
    message: 'An app never imports another app: share through packages/ or events.',
  },
];

/** Files that hold pure domain rules: they must run without any framework. */
export const pureDomainFiles = [
  '**/*-rules.ts',
  '**/*-access.ts',
  '**/*.errors.ts',
  '**/domain/**/*.ts',
];

/** What pure domain files must not import: frameworks, drivers, the kit that wires them. */
export const frameworkImportPatterns = [
  {
    group: [
      '@nestjs/*',
      'typeorm',
      'typeorm/*',
      'kafkajs',
      'pg',
      'express',
      'dataloader',
      '@apollo/*',
      'graphql',
      '@jobbnatet/service-kit',
    ],
    message:
      'Pure domain rules import no framework: use @jobbnatet/domain-core, domain-se and type-only contracts.',
  },
  // Type-only imports of module-local files are fine; values from wiring files are not.
  {
    group: ['./*.service', './*.resolver', './*.module', './*.entity', './*.loader'],
    message: 'Pure domain rules import no framework-bound file of their module.',
  },
];

/** Appended last by every config: the pure-rules boundary (ESLint keeps only the last rule options). */
export function pureDomainBlock(basePaths = []) {
  return {
    files: pureDomainFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: basePaths, patterns: [...restrictedImportPatterns, ...frameworkImportPatterns] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // Nest resolves constructor injection from decorator metadata: imports used there are values.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: restrictedImportPatterns }],
    },
  },
  pureDomainBlock(),
);
