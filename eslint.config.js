import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { fences } from './eslint.fences.js';

// Every folder has a fence, held by `politely/fence` (eslint.fences.js): each import is judged by the
// file it leads to ("/db/connection"), "node:…" for Node's own modules, or the package it names.
const fence = (...refusals) => ['error', refusals];
const API_CALLS_NO_HOST = {
  to: '^/(server|host|electron|renderer)(/|$)|^(electron|better-sqlite3-multiple-ciphers)$',
  message:
    'api/ is the backend both hosts call: it reaches the database through db/ ' +
    'and imports nothing from server/, host/, electron/ or renderer/.',
};
const SQL_KEYWORD = '^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH)\\s';
const NO_SQL = 'api/ holds no SQL: write the query as a function in db/ and call that.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'tools/**',
      'test-results/**',
      '.test-results/**',
      'test-build/**',
    ],
  },
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
    // A promise nobody awaits loses its error: these rules read TypeScript's types to find one. Each file is
    // checked in the tsconfig.json nearest to it; the few files no tsconfig holds use the root's options.
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'eslint.fences.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // JSX attributes stay checked: React drops what an onClick returns, so an async handler's failure would
      // go unseen. A handler calls `void save()` where save reports its own errors.
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  { plugins: { politely: fences } },
  {
    // The renderer is a web page: it may use the contract and pure core/, never the database,
    // Electron, the host or Node itself. This is the process boundary, checked mechanically.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which Politely does not use; the virtualizer trips it.
      'react-hooks/incompatible-library': 'off',
      'politely/fence': fence(
        { to: '^/db(/|$)', message: 'The renderer must not import from db/: call the backend through api.ts.' },
        {
          to: '^/?electron(/|$)',
          message: 'The renderer must not import from electron/: use the preload bridge through api.ts.',
        },
        { to: '^node:|^better-sqlite3-multiple-ciphers$', message: 'The renderer runs in a page: no Node modules.' },
        {
          to: '^/(?!renderer/|core(/|$)|api/contract$)',
          message:
            'The renderer may import only api/contract and core/ from outside renderer/: ' +
            'not the rest of api/, nor server/ or host/.',
        },
      ),
    },
  },
  {
    // core/ is the rules: pure functions, no I/O, nothing from the layers that use it.
    files: ['core/**/*.ts'],
    rules: {
      'politely/fence': fence(
        {
          to: '^/(?!core(/|$))',
          message:
            'core/ holds the pure rules: it imports only core/, ' +
            'never db/, api/, server/, host/, electron/ or renderer/.',
        },
        {
          to: '^node:|^(better-sqlite3-multiple-ciphers|electron)(/|$)',
          message: 'core/ does no I/O: no Node modules, no database driver, no Electron.',
        },
      ),
    },
  },
  {
    // db/ is the only place that speaks SQL, and everything above it calls it, never the other way.
    files: ['db/**/*.ts'],
    rules: {
      'politely/fence': fence({
        to: '^(?!/(core|db)(/|$)|node:|better-sqlite3-multiple-ciphers$)',
        message: 'db/ imports only core/, db/ itself, its SQLite driver and Node built-ins.',
      }),
    },
  },
  {
    // Outside the handlers, only dispatch.ts (which runs them) may reach them: shared logic is a plain function.
    files: ['api/**/*.ts'],
    rules: {
      'politely/fence': fence(API_CALLS_NO_HOST, {
        to: '^/api/handlers(/(?!types$)|$)',
        message:
          'Only api/dispatch.ts runs the handlers: ' + 'share logic as a plain function in api/ or db/, and call that.',
      }),
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]', message: NO_SQL },
        {
          selector: 'CallExpression[callee.property.name="exec"][callee.object.name=/^(db|database)$/i]',
          message: NO_SQL,
        },
        {
          selector: 'CallExpression[callee.property.name="exec"][callee.object.property.name=/^(db|database)$/i]',
          message: NO_SQL,
        },
        { selector: 'ImportSpecifier[imported.name=/^(statement|settingAside)$/]', message: NO_SQL },
        { selector: `Literal[value=/${SQL_KEYWORD}/]`, message: NO_SQL },
        { selector: `TemplateElement[value.raw=/${SQL_KEYWORD}/]`, message: NO_SQL },
      ],
    },
  },
  {
    // A handler never calls another handler, directly or through dispatch.
    files: ['api/handlers/**/*.ts'],
    rules: {
      'politely/fence': fence(API_CALLS_NO_HOST, {
        to: '^/api/(handlers(/(?!types$)|$)|dispatch$)',
        message:
          'A handler does not call another handler: ' +
          'put what they share in a plain function in api/ or db/, and call that.',
      }),
    },
  },
  {
    // The table of handlers, and the one way into it.
    files: ['api/dispatch.ts', 'api/handlers/index.ts'],
    rules: { 'politely/fence': fence(API_CALLS_NO_HOST) },
  },
  {
    // Browser mode and the desktop shell meet only in host/.
    files: ['server/**/*.ts'],
    rules: {
      'politely/fence': fence({
        to: '^/?electron(/|$)',
        message: 'server/ does not import electron/: what both hosts need goes in host/.',
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'politely/fence': fence({
        to: '^/server(/|$)',
        message: 'electron/ does not import server/: what both hosts need goes in host/.',
      }),
    },
  },
  {
    files: ['host/**/*.ts'],
    rules: {
      'politely/fence': fence({
        to: '^/?(server|electron|renderer)(/|$)',
        message: 'host/ is what server/ and electron/ share, so it imports neither of them (nor renderer/).',
      }),
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
