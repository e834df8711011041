/**
 * `npm run bench:lighthouse [-- --runs N --base http://127.0.0.1:PORT --reports DIR --port P --debug-port P --paths /,/world]`: Lighthouse 12.2.3
 * (mobile profile, simulated throttling: its defaults) on the home front, a section front, an
 * article and /search, with the system Chromium, against the production build served by
 * `npm start`'s server (server/start.js) on 127.0.0.1 (started here unless --base names a running
 * server on --port, default 3172; build first). Chromium listens for Lighthouse on --debug-port
 * (default 3173): pick free ones when several people share a machine. --paths measures only those
 * of the four pages.
 * Prints the median of N runs (default 3) per category and, for anything below target, the
 * audits that cost points. Targets (issue 16): performance ≥ 98, accessibility, best practices,
 * SEO 100; LCP ≤ 2.0 s and TBT ≤ 100 ms on every page.
 * A benchmark, not a test: the numbers depend on the machine and its load (printed too).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';

const PAGES: [label: string, path: string][] = [
  ['home front', '/'],
  ['section front', '/world'],
  ['article', '/world/moon-seeks-us-backing-korean-war-end'],
  ['search', '/search'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    base: { type: 'string' },
    reports: { type: 'string' },
    port: { type: 'string', default: '3172' },
    'debug-port': { type: 'string', default: '3173' },
    paths: { type: 'string' },
  },
});
const runs = Number(values.runs);
const serverPort = Number(values.port);
const debugPort = Number(values['debug-port']);
const LCP_TARGET_MS = 2000;
const TBT_TARGET_MS = 100;
const projectRoot = path.resolve(import.meta.dirname, '../..');

async function waitFor(url: string, what: string) {
  for (let tries = 0; tries < 120; tries++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer on ${url}`);
}

async function stop(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN;

let server: ChildProcess | undefined;
let browser: ChildProcess | undefined;
const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-chromium-'));
try {
  let base = values.base;
  if (!base) {
    const entry = path.join(projectRoot, 'server/start.js');
    server = spawn(process.execPath, [entry, '--port', String(serverPort), '--hostname', '127.0.0.1'], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
    base = `http://127.0.0.1:${serverPort}`;
  }
  await waitFor(base, 'the site');

  const executable = findBrowser()?.executablePath ?? chromium.executablePath();
  // The same loopback-only flags as the end-to-end tests, plus what Lighthouse needs to attach.
  browser = spawn(
    executable,
    [
      ...LAUNCH_ARGS,
      '--headless=new',
      '--no-sandbox',
      `--remote-debugging-port=${debugPort}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`, 'Chromium');

  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `Lighthouse 12.2.3, mobile, ${runs} run(s) per page, median shown; ${executable}; load average before: ${load}`,
  );
  console.log(
    'page'.padEnd(16),
    'perf'.padStart(5),
    'a11y'.padStart(5),
    'best'.padStart(5),
    'seo'.padStart(5),
    '  LCP ms  TBT ms   CLS',
  );
  const shortfalls: string[] = [];
  const only = values.paths?.split(',');
  for (const [label, pagePath] of PAGES.filter(([, pagePath]) => !only || only.includes(pagePath))) {
    const scores: Record<(typeof CATEGORIES)[number], number[]> = {
      performance: [],
      accessibility: [],
      'best-practices': [],
      seo: [],
    };
    const metrics: { lcp: number[]; tbt: number[]; cls: number[] } = { lcp: [], tbt: [], cls: [] };
    for (let run = 0; run < runs; run++) {
      let result: Awaited<ReturnType<typeof lighthouse>>;
      // On a loaded machine Chromium sometimes records no trace (NO_NAVSTART): try that run again, twice at most.
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(new URL(pagePath, base).href, {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result?.lhr.runtimeError || attempt === 3) break;
        console.log(`${pagePath}: ${result.lhr.runtimeError.code}, run ${run + 1} again`);
      }
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      const { lhr } = result;
      // --reports <dir>: keep each full report to see what an audit found.
      if (values.reports)
        writeFileSync(
          path.join(values.reports, `${label.replaceAll(' ', '-')}-${run + 1}.json`),
          result.report as string,
        );
      if (lhr.runtimeError) throw new Error(`${pagePath}: ${lhr.runtimeError.message}`);
      for (const category of CATEGORIES)
        scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      metrics.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      metrics.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      metrics.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
      // What cost points, once per page and audit: the list of things to fix.
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          if (category === 'performance' && audit.score >= 0.9) continue;
          const line = `${label}: ${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trimEnd();
          if (!shortfalls.includes(line)) shortfalls.push(line);
        }
      }
    }
    const cells = CATEGORIES.map((category) => String(median(scores[category])).padStart(5));
    console.log(
      label.padEnd(16),
      ...cells,
      Math.round(median(metrics.lcp)).toString().padStart(7),
      Math.round(median(metrics.tbt)).toString().padStart(7),
      median(metrics.cls).toFixed(3).padStart(6),
    );
    for (const category of CATEGORIES) if (median(scores[category]) < TARGET[category]) process.exitCode = 1;
    if (median(metrics.lcp) > LCP_TARGET_MS || median(metrics.tbt) > TBT_TARGET_MS) process.exitCode = 1;
  }
  console.log(
    `load average after: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
  if (shortfalls.length > 0) console.log(`\nAudits that cost points:\n  ${shortfalls.join('\n  ')}`);
  if (process.exitCode === 1)
    console.log('\nBelow target: performance ≥ 98, the other three 100, LCP ≤ 2000 ms, TBT ≤ 100 ms.');
} finally {
  await stop(browser);
  await stop(server);
  rmSync(profile, { recursive: true, force: true });
}
