import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const engineForbidden = ['react', 'react-dom', 'monaco-editor', '@monaco-editor/react', 'comlink', '@tanstack/*', 'node:*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-node', 'dist-udf', 'node_modules', 'public', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Spreading an array into arguments overflows the stack past ~100,000 items (a 300k-line .jsonl did).
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: 'push(...items) overflows the stack on long arrays: loop, or concat.' },
        { selector: "CallExpression[callee.object.name='Math'] > SpreadElement", message: 'Math.max(...items) overflows the stack on long arrays: reduce instead.' },
        { selector: "CallExpression[callee.property.name=/^fromC(har|ode)(Code|Point)$/] > SpreadElement", message: 'String.fromCharCode(...items) overflows the stack on long arrays: build the string in chunks.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The engine runs unchanged in the worker, the CLI and tests: no DOM, no I/O, no UI.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engineForbidden, message: 'src/engine is pure: no UI, worker or I/O libraries.' },
            { group: ['**/app/**', '**/worker/**', '**/cli/**', '**/crash-stats/**'], message: 'Arrows point inward: the engine imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'XMLHttpRequest'],
    },
  },
  {
    files: ['src/worker/**/*.ts', 'src/crash-stats/**/*.ts', 'src/cli/**/*.ts', 'src/server/**/*.ts', 'src/udf/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**', 'react', 'react-dom'], message: 'Nothing imports the app.' }] }],
    },
  },
);
