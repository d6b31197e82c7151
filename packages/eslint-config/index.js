// The shared ESLint flat config. Rules that carry the house style are errors, never warnings.
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@jobbnatet/*/src/**', '@jobbnatet/*/dist/**'],
              message: 'Import a package through its exports map, never a deep path.',
            },
            {
              group: ['**/apps/*', '../../apps/**'],
              message: 'An app never imports another app: share through packages/ or events.',
            },
          ],
        },
      ],
    },
  },
);
