// Lint rules, including the module boundaries of CONVENTIONS.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const boundary = (from, forbidden, why, ignores = []) => ({
  files: [from],
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['bin/**/*.js', 'eslint.config.js'], languageOptions: { globals: { process: 'readonly' } } },
  // The dashboard runs in the browser.
  { files: ['web/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  boundary(
    'src/core/**',
    ['**/engine/**', '**/sources/**', '**/target/**', '**/check/**', '**/cli/**'],
    'core imports nothing from Decant',
  ),
  boundary('src/sources/**', ['**/engine/**', '**/cli/**'], 'sources never import the engine'),
  boundary(
    'src/translate/**',
    ['**/engine/**', '**/sources/**', '**/target/**', '**/check/**', '**/cli/**', '**/embedded/**', 'pg'],
    'translate imports only core: it is pure and does no I/O',
    // Its tests run translations on a real PostgreSQL.
    ['src/translate/**/*.test.ts'],
  ),
  boundary(
    'src/gateway/**',
    ['**/engine/**', '**/sources/**', '**/check/**', '**/cli/**'],
    'the gateway uses translate and a target connection; it does not depend on the engine',
  ),
  boundary(
    'src/api/**',
    ['**/engine/**', '**/sources/**', '**/target/**', '**/gateway/**', '**/cli/**', '**/translate/**'],
    'the REST API calls src/index.ts and holds no migration logic',
  ),
  boundary(
    'src/engine/**',
    ['**/sources/postgres/**', '**/cli/**'],
    'the engine reaches sources through the registry only',
  ),
);
