import { chromium } from '@playwright/test';
import { findBrowser } from './scripts/browser';
const b = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: ['--proxy-server=http://127.0.0.1:9'] });
for (const [name, w, scheme] of [['d', 1280, 'light'], ['p', 360, 'light'], ['k', 1280, 'dark']] as const) {
  const page = await b.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  for (const u of process.argv.slice(2)) {
    await page.goto('http://127.0.0.1:3131' + u);
    await page.screenshot({ path: `/tmp/w3/${name}${u.replace(/\//g, '_')}.png`, fullPage: w === 360 ? false : true });
  }
}
await b.close();
