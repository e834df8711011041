// @ts-check
// The lint gate (`npm run lint`, run by .ci/run with --max-warnings 0). Every rule turned off or
// relaxed is turned off here, with its reason on the line above; the code has no eslint-disable.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import dateline from './eslint-rules/index.mjs';

export default defineConfig(
  globalIgnores([
    '.next/',
    '.next-desk/',
    'out/',
    '.contentlayer/',
    '.dateline/',
    // The search index a build writes (Pagefind's own scripts among it).
    'search-index/',
    'e2e-results/',
    'test-results/',
    'playwright-report/',
    // Served as they are; the scripts in public/js/ are ours and are linted.
    'public/*',
    '!public/js/',
    'content/',
    'next-env.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  nextPlugin.configs['core-web-vitals'],
  reactHooks.configs.flat.recommended,
  {
    rules: {
      // Counts, sizes and line numbers in messages are the codebase's everyday template strings.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `afterAll(() => rmSync(dir))`: arrow shorthands that return void are the codebase's style.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Conflicts with no-non-null-assertion, kept on: app code states the type it expects with `as`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // `const { body: _body, ...fields } = doc` is how the code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `caption || credit`, `includeUnpublished || …`: an empty string or false deliberately counts as absent.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
    },
  },
  {
    // A test knows the sample it built; a wrong `!` fails that test at once, loudly.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    // Plain JavaScript (next.config.js, the security policy shared with it, Node preloads and
    // wrappers) is outside the TypeScript project: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // A .cjs file is CommonJS on purpose (a `node --require` preload): require() is its import.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // docs/ARCHITECTURE.md: components take plain props and import nothing from lib/content but its types.
    files: ['components/**'],
    plugins: { dateline },
    rules: { 'dateline/no-content-in-components': 'error' },
  },
  {
    // Build time and request time apart: nothing that answers a request loads lib/source, lib/validation, lib/build or
    // lib/publish (its tests may, to write fixtures).
    files: ['app/**', 'components/**', 'lib/content/**', 'lib/route-guard/**', 'proxy.ts', 'server/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { dateline },
    rules: { 'dateline/no-build-at-request-time': 'error' },
  },
  {
    // Every URL of the site comes from lib/routes.ts (issue 15): routes, lists, feeds, sitemaps and publish agree.
    files: ['app/**', 'components/**', 'lib/**', 'server/**', 'contentlayer.config.ts', 'proxy.ts'],
    // search-bundles.ts: the search index's asset URLs, read in the browser, where lib/routes (and its slugify) would add weight.
    // lib/route-manifest.ts: the shapes lib/routes.ts's addresses take, declared beside it.
    ignores: ['lib/routes.ts', 'lib/route-manifest.ts', '**/*.test.{ts,tsx}', 'lib/search/search-bundles.ts'],
    plugins: { dateline },
    rules: { 'dateline/urls-from-routes': 'error' },
  },
  {
    // lib/ in layers that point one way (eslint-rules/lib-layers.mjs, docs/ARCHITECTURE.md); a test may use any layer for its fixtures.
    files: ['lib/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { dateline },
    rules: { 'dateline/lib-layers': 'error' },
  },
  {
    // Code that runs in the browser is named *.client.tsx, and 'use client' appears nowhere else (docs/decisions/047-client-code-suffix.md).
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { dateline },
    rules: { 'dateline/client-suffix': 'error' },
  },
  {
    // What the end-to-end specs share lives in e2e/support/ (scripts may import it, not the reverse).
    files: ['e2e/**', 'playwright*.config.ts'],
    plugins: { dateline },
    rules: { 'dateline/no-scripts-in-e2e': 'error' },
  },
  {
    // Test oracles and fixtures (test/) are for tests: nothing that builds or serves the site loads them.
    files: ['app/**', 'components/**', 'lib/**', 'server/**', 'proxy.ts', 'next.config.js', 'contentlayer.config.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { dateline },
    rules: { 'dateline/no-test-code-in-production': 'error' },
  },
  {
    // Links prefetch only on the reader's intent (components/link/Link.client.tsx, issue 16): next/link
    // alone prefetches every link that scrolls into view.
    files: ['app/**', 'components/**'],
    ignores: ['components/link/Link.client.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: "Use '@/components/link/Link.client', which prefetches on intent." }] },
      ],
    },
  },
  {
    files: ['lib/seo/og-card.tsx'],
    // Satori draws the social card from plain <img>; next/image has no meaning inside an ImageResponse.
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    files: ['components/editor/PictureInput.client.tsx'],
    // The editor's preview of a picture being uploaded (a blob: URL) or already on the dev server; next/image cannot load a blob.
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    files: ['components/search/SearchPanel.client.tsx'],
    // The prerendered search page learns ?q= only in the browser, so it sets its state from the URL after mount.
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    // The browser scripts of embeds and galleries, served as they are from public/js/.
    files: ['public/js/**'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['test/oracles/sitemap-rules.ts'],
    // fast-xml-parser 5 deprecates the validator it still ships for a separate package; this test oracle keeps it.
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  // Last: turns off the stylistic rules that Prettier owns.
  prettier,
);
