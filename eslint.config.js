import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'packages/db/src/generated/**', '.data/**', 'artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is exact: parse amounts with @simplifaq/swiss.' },
      ],
    },
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Only apps/api/src/config reads the environment (STYLE.md: config parsed once at boot).
    files: ['packages/swiss/**', 'packages/documents/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Pure packages read no env and do no I/O.' }],
    },
  },
);
