/**
 * Run before the end-to-end tests: make sure a Chromium is there, installing Debian's package
 * when we can (root with apt-get), and otherwise say exactly how to get one.
 */
import { spawnSync } from 'node:child_process';

import { findBrowser } from './browser';

let browser = findBrowser();
if (!browser) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    if (!install || install.status !== 0) console.error('apt-get could not install chromium.');
    browser = findBrowser();
  }
}
if (!browser) {
  console.error(`No Chromium found for the end-to-end tests. Install one of these, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (Ubuntu may call it chromium-browser)
  - Playwright's:   npx playwright install chromium          (downloads Playwright's own build)
  - Any Chrome/Chromium binary: export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome`);
  process.exit(1);
}
console.log(`End-to-end tests will use ${browser.label}.`);
