// ESLint 9 flat config: JavaScript and TypeScript (typescript-eslint recommended, not type-aware, so
// it stays fast; tsc --noEmit and astro check do the type checking) and .astro files
// (eslint-plugin-astro). Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      // Staging and previous sites of an interrupted build (scripts/build.ts).
      'dist.tmp-*/',
      'dist.old-*/',
      'node_modules/',
      '.astro/',
      'content/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      '.scratch/',
      '**/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Chinese text indents paragraphs with the ideographic space U+3000, so sources, fixtures and
      // patterns hold it on purpose; it is still reported in code and comments.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
);
