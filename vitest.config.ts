import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    // eslint-rules/ too: the project's own lint rules are tested like the code they guard.
    // components/: each component's test beside it, in a DOM (docs/decisions/049-component-tests.md).
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    // Node for everything; a component test asks for happy-dom in its first line
    // (`// @vitest-environment happy-dom`), so the node tests never load a DOM.
    environment: 'node',
    // The address a component test's page has (happy-dom's default, about:blank, has no origin).
    // Scripts a page names by src (gallery.js) are not fetched: a test loads them itself, or not at all.
    environmentOptions: {
      happyDOM: { url: 'http://127.0.0.1:3000/', settings: { handleDisabledFileLoadingAsSuccess: true } },
    },
  },
});
