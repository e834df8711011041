/**
 * Run before the end-to-end tests: make sure a Chromium is there, installing Debian's package
 * when we can (root with apt-get), and otherwise say exactly how to get one.
 */
import { findBrowser } from '../../e2e/support/browser';
import { installDebianPackage } from './debian-package';

let browser = findBrowser();
if (!browser) {
  console.log('No Chromium found.');
  if (installDebianPackage('chromium')) browser = findBrowser();
}
if (!browser) {
  console.error(`No Chromium found for the end-to-end tests. Install one of these, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (Ubuntu may call it chromium-browser)
  - Playwright's:   npx playwright install chromium          (downloads Playwright's own build)
  - Any Chrome/Chromium binary: export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome`);
  process.exit(1);
}
console.log(`End-to-end tests will use ${browser.label}.`);
