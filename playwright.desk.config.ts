import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/**
 * The desk's gate (`npm run test:desk`): e2e/desk.desk.ts starts `npm run desk` in a copy of the
 * project itself, so this run needs no web server of its own and no build.
 */
export default defineConfig({
  ...base,
  outputDir: 'test-results/desk',
  testMatch: ['**/*.desk.ts'],
  projects: base.projects?.filter((project) => project.name === 'desktop'),
  workers: 1,
  webServer: undefined,
});
