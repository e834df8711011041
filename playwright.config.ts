import { defineConfig, devices } from '@playwright/test';

import { findBrowser, LAUNCH_ARGS } from './e2e/support/browser';
import { testEnv, testEnvIsSet } from './e2e/support/test-env';

const PORT = testEnv('E2E_PORT');
const browser = findBrowser();

const launchOptions = {
  executablePath: browser?.executablePath,
  // Loopback only, with a dead proxy: see LAUNCH_ARGS.
  args: LAUNCH_ARGS,
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: testEnvIsSet('CI') ? 2 : undefined,
  forbidOnly: testEnvIsSet('CI'),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions } },
    {
      name: 'phone',
      // A 360 px wide phone in Chromium (Playwright's Pixel 5 profile is 393 px).
      // The screen matches the viewport, as on a real phone: Chromium's preload scanner sizes a
      // preloaded picture by the screen (Pixel 5: 393 px), so a mismatch downloads the hero twice.
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 360, height: 780 },
        screen: { width: 360, height: 780 },
        launchOptions,
      },
      // The search delta is one set of rows the server reads: two profiles publishing into it at
      // once would undo each other, and a phone is sent the same files.
      testIgnore: ['**/search-delta.spec.ts'],
    },
  ],
  webServer: {
    // Against the production build: `npm test` runs `npm run build` first.
    command: `npm start -- --port ${PORT} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !testEnvIsSet('CI'),
    timeout: 60_000,
  },
});
