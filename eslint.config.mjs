// ESLint flat config: typescript-eslint + React + the Office add-in rules (load/sync discipline), Prettier for format.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'zlib',
  'stream',
  'util',
  'http',
  'https',
  'url',
];

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no host, DOM or Node API may leak in.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'exceljs', message: 'The engine is pure: hosts convert cells (src/package, src/excel).' },
            { name: 'react', message: 'The engine is pure: UI lives in src/taskpane.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The engine is pure: no Node APIs.' })),
          ],
          patterns: ['node:*', '@fluentui/*', '@microsoft/office-js', '../excel/*', '../taskpane/*', '../cli/*'],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Excel', 'navigator', 'process'],
    },
  },
  {
    // The package reader/writer runs in the browser too (the page's worker): no exceljs, no Node APIs —
    // except src/package/node.ts, the CLI's native zlib.
    files: ['src/package/**/*.ts'],
    ignores: ['src/package/node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'exceljs', message: 'src/package reads and writes the package itself.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/package runs in the browser: no Node APIs.' })),
          ],
          patterns: ['node:*', '../cli/*', '../web/*', '../taskpane/*', '../excel/*'],
        },
      ],
    },
  },
  {
    // The ribbon command page stays tiny: no Fluent UI or React.
    files: ['src/commands/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@fluentui/*', 'react', 'react-dom'] }] },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
