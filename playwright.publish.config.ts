import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/**
 * Publishing without a build (`npm run test:publish`, docs/decisions/023): e2e/publish.publish.ts
 * builds and serves a copy of the project itself, so this run needs no web server of its own.
 */
export default defineConfig({
  ...base,
  outputDir: 'test-results/publish',
  testMatch: ['**/*.publish.ts'],
  projects: base.projects?.filter((project) => project.name === 'desktop'),
  workers: 1,
  webServer: undefined,
});
