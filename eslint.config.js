import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BARRELS = [
  { name: '@mui/material', message: "Import the component's path, e.g. '@mui/material/Button'." },
  { name: '@mui/icons-material', message: "Import one icon, e.g. '@mui/icons-material/Search'." },
];
const DEEP_MUI = { group: ['@mui/material/*/*'], message: 'Only top-level MUI component paths are shared.' };

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'shared/api/plsp.d.ts',
      'test-results',
      'playwright-report',
      'bench-results',
      'mocks/idp/simulator/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Playwright fixtures call their `use` argument, which is not React's `use`.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The shell and webapps reach shared libraries only through the import map's specifiers:
    // MUI per component (`@mui/material/Button`), never a barrel, which would load all of it.
    files: ['shell/**/*.{ts,tsx}', 'shared/src/**/*.{ts,tsx}', 'webapps/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: BARRELS, patterns: [DEEP_MUI] }] },
  },
  {
    // Webapps are independent: they share code only through @klinik/shared. (Their tests may
    // reach into mocks/ for fixtures: the same data the handlers serve.)
    files: ['webapps/**/*.{ts,tsx}'],
    ignores: ['webapps/**/*.test.{ts,tsx}', 'webapps/*/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BARRELS,
          patterns: [
            DEEP_MUI,
            {
              group: [
                '**/shell/**',
                '../../*/src/**',
                '**/mocks/**',
                '!**/mocks/testing/**',
                '!**/mocks/node.ts',
              ],
              message: 'Webapps import other code only from @klinik/shared (tests may use mocks/testing).',
            },
          ],
        },
      ],
    },
  },
);
