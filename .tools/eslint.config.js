import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/** Imports no file under packages/ may make (the block for shipped source adds test code). */
const PACKAGE_IMPORTS = [
  {
    regex: '(^|/)stories/',
    message: 'Packages and tests never import stories/: share data through @ias-kit/<pkg>/testing.',
  },
  {
    regex: '^(\\.\\./)+[\\w-]+/src/',
    message:
      "Do not reach into another package's src/: import @ias-kit/<pkg> (or @ias-kit/<pkg>/testing for fixtures).",
  },
];

export default tseslint.config(
  {
    // Patterns start with **/ so they hold whatever directory ESLint takes as base (this file lives in .tools/).
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/custom-elements.json',
      '**/packages/*/generated/**',
      '**/coverage/**',
      '.scratch/**', // a developer's own experiments (git-ignored)
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']",
          message: 'No innerHTML: schema and user text must never become markup.',
        },
        {
          selector: "ImportSpecifier[imported.name='unsafeHTML']",
          message: 'No unsafeHTML: schema and user text must never become markup.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type!='Identifier']",
          message: 'Never parse calendar dates through Date; use @ias-kit/core date functions.',
        },
      ],
    },
  },
  {
    // Test code stays out of shipped code, and packages stay apart (issue 13): no package or test imports
    // `stories/`, and nothing reaches into another package's `src/` by a relative path. Shared fixtures are
    // `@ias-kit/<pkg>/testing` exports (workspace-only, see DECISIONS.md).
    files: ['**/packages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: PACKAGE_IMPORTS }] },
  },
  {
    // Shipped source never imports test code: `src/testing` (fixtures, the workspace-only `/testing`
    // subpaths) and `src/test` (test helpers) serve tests, stories and benchmarks only.
    files: ['**/packages/*/src/**'],
    ignores: ['**/*.test.ts', '**/src/test/**', '**/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PACKAGE_IMPORTS,
            {
              regex: '(^|/)(test|testing)(/|$)',
              message:
                'Shipped code never imports test code (src/test, src/testing, @ias-kit/<pkg>/testing).',
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts, configs and benchmarks.
    files: ['*.mjs', '.tools/**'],
    languageOptions: {
      globals: {
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    files: ['**/*.test.ts', '.tools/**', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    languageOptions: {
      globals: {
        describe: 'readonly',
        it: 'readonly',
        before: 'readonly',
        after: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
      },
    },
  },
);
