/**
 * Which Chromium the end-to-end tests drive, in order of preference:
 *   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE, when set;
 *   2. Playwright's own Chromium, when `npx playwright install chromium` has put it in place;
 *   3. a system Chromium or Chrome (Debian's `chromium` package, Ubuntu's, Google Chrome).
 * Returns { executablePath, label } — executablePath undefined means "Playwright's own" — or
 * undefined when none is found.
 */
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { testEnv } from './test-env';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface FoundBrowser {
  /** undefined: Playwright's own browser. */
  executablePath: string | undefined;
  label: string;
}

export function findBrowser(): FoundBrowser | undefined {
  const fromEnv = testEnv('PLAYWRIGHT_CHROMIUM_EXECUTABLE');
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, label: `${fromEnv} (PLAYWRIGHT_CHROMIUM_EXECUTABLE)` };
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled))
      return { executablePath: undefined, label: `Playwright's Chromium (${bundled})` };
  } catch {
    // Playwright reports a missing browser by throwing; fall through to the system ones.
  }
  const system = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  return system ? { executablePath: system, label: `system browser ${system}` } : undefined;
}

/**
 * Launch flags for every browser the tests start. Tests reach 127.0.0.1 only. Chromium phones
 * home at launch even with the other flags; a dead proxy makes sure nothing leaves the machine
 * (loopback bypasses proxies, so the site under test still loads).
 */
export const LAUNCH_ARGS = [
  '--proxy-server=http://127.0.0.1:9',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
