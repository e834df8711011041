import { defineConfig } from '@playwright/test';

import { testEnv } from './e2e/support/test-env';
import base from './playwright.config';

/**
 * The end-to-end suite against the static export (`npm run test:static`, decision 018): out/
 * served by scripts/pipeline/static-export/serve.ts, a plain static server that knows none of our routes.
 */
process.env.E2E_STATIC_HOST = '1';
const PORT = testEnv('STATIC_E2E_PORT');
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  outputDir: 'test-results/static',
  use: { ...base.use, baseURL },
  testMatch: ['**/*.spec.ts', '**/*.static.ts'],
  // The pages are the same HTML `npm start` sends, so axe's verdict on them (the slowest
  // spec, about 3 minutes) belongs to the server run alone.
  // Response headers (CSP and the rest) and answers to malformed requests are the host's: a
  // plain static server sends neither, so security.spec.ts and odd-requests.spec.ts prove them
  // on `npm start`; the export's own header files are unit-tested (lib/security/header-files.test.ts).
  // page-policy.spec.ts is about the server computing each response's policy (and draft mode); a
  // static host has no server to read a publish delta (search.spec.ts checks its absence there).
  testIgnore: [
    '**/accessibility.spec.ts',
    '**/security.spec.ts',
    '**/odd-requests.spec.ts',
    '**/page-policy.spec.ts',
    '**/search-delta.spec.ts',
  ],
  // The host does not change what a phone or a desktop is sent, so one browser profile.
  projects: base.projects?.filter((project) => project.name === 'desktop'),
  // A static host answers /…/page/1 with a page that moves on (static-export.spec.ts checks
  // it), not with the server's 308; everything else holds as it is.
  grepInvert: /page 1 lives only at the section URL/,
  webServer: {
    command: `tsx scripts/pipeline/static-export/serve.ts out --port ${PORT}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
