import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tools/**', 'test-results/**', '.test-results/**', 'test-build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The renderer is a web page: it may use the contract and pure core/, never the database,
    // Electron, the host or Node itself. This is the process boundary, checked mechanically.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which Politely does not use; the virtualizer trips it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db', '**/db/**'], message: 'The renderer must not import from db/: call the backend through api.ts.' },
            { group: ['**/electron', '**/electron/**', 'electron'], message: 'The renderer must not import from electron/: use the preload bridge through api.ts.' },
            { group: ['**/server', '**/server/**', '**/api/dispatch', '**/api/handlers', '**/api/handlers/**', '**/api/context'], message: 'The renderer may import only api/contract from api/.' },
            { group: ['node:*', 'better-sqlite3-multiple-ciphers'], message: 'The renderer runs in a page: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // A shipped migration is frozen: replaying it must give what it gave then, so it carries its own
    // SQL and code (helpers in db/migrations/frozen/) and imports nothing live. The runner, index.ts,
    // is live by design: it lists the migrations and raises the app's own errors.
    files: ['db/migrations/**/*.ts'],
    ignores: ['db/migrations/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '../../*', '**/db', '**/db/**', '**/core', '**/core/**', '**/api', '**/api/**'],
              message:
                'A shipped migration is frozen and may not import live code from db/, core/ or api/: ' +
                'copy what it needs, as it is now, into the migration or db/migrations/frozen/.',
            },
          ],
        },
      ],
    },
  },
);
