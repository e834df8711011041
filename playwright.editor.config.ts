import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/**
 * The newsroom editor in a real browser (`npm run test:editor`): e2e/editor.editor.ts starts
 * `npm run dev` in a copy of the project itself, so this run needs no web server of its own.
 */
export default defineConfig({
  ...base,
  outputDir: 'test-results/editor',
  testMatch: ['**/*.editor.ts'],
  projects: base.projects?.filter((project) => project.name === 'desktop'),
  workers: 1,
  webServer: undefined,
});
