// ESLint (flat config) for the TypeScript sources and tests. `npm run lint` runs it with
// --max-warnings 0, and `npm test` runs `npm run lint`, so a warning fails the build like an error.
//
// What it is for: conditions that change nothing (no-constant-condition, no-unnecessary-condition),
// unused code, functions too tangled to review (complexity), and regular expressions that can take
// super-linear time on hostile text (eslint-plugin-regexp: a one-word article must never hang the server).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', '.cache/**', 'test-results/**', 'media/**', 'images/**', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-constant-condition': ['error', { checkLoops: 'allExceptWhileTrue' }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      complexity: ['warn', { max: 30 }],
      'max-lines': ['warn', { max: 600, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
      // Super-linear backtracking is a hang on hostile input: always an error.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // Tests and scripts: long test bodies are fine; the rest of the rules still apply.
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
      'max-lines': 'off',
      complexity: 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', document: 'readonly',
        window: 'readonly', acquireVsCodeApi: 'readonly', performance: 'readonly', globalThis: 'readonly',
        setImmediate: 'readonly', structuredClone: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly',
        AbortController: 'readonly', fetch: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
