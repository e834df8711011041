/**
 * Several servers, one cache (docs/decisions/025-shared-cache-in-redis.md): two `npm start`
 * instances of one build share a Redis. A page one renders is a cache hit on the other; a publish
 * sent to one reaches readers of both; with Redis stopped both keep serving, and they share again
 * when it is back; with one instance gone the other serves alone. Run by `npm run test:publish`,
 * which makes sure a redis-server is there (scripts/test-support/ensure-redis.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';
import { createClient } from '@redis/client';

import { sectionStories } from './sample';
import { filesUnder, grownSince, redisKeys } from './support/cache-bytes';
import { hostileRequests, realAddresses, sendAll } from './support/hostile-traffic';
import { type SharedCacheSite, startSharedCacheSite } from './support/shared-cache-site';
import { storedRouteTable } from './support/stored-content';
import { testEnv } from './support/test-env';

const PORT = testEnv('SHARED_CACHE_E2E_PORT');
const REDIS_PORT = testEnv('SHARED_CACHE_REDIS_PORT') ?? PORT + 3200;

// Each test publishes, renders and reads on two instances: minutes on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const SLUG = 'lifeboat-crew-honoured-for-night-rescue';
const URL = `/uk/${SLUG}`;
const FILE = `content/articles/2026/${SLUG}.mdx`;
const TITLE = 'Lifeboat crew honoured for night rescue off Marrowby';
const CORRECTED = 'Lifeboat crew honoured for dawn rescue off Marrowby';

let site: SharedCacheSite;
const instance = (index: 0 | 1) => site.instances[index].url;
const BOTH = [0, 1] as const;
const portOf = (index: 0 | 1) => Number(instance(index).split(':').at(-1));

function story(title: string) {
  return `---
title: "${title}"
dek: "The volunteer crew brought four fishermen ashore after their boat lost power in the storm."
date: 2026-11-28T11:00:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Ports"]
---

The volunteer crew launched shortly after the coastguard's call and reached the drifting boat within the hour.

All four fishermen were brought ashore unhurt, the station said.
`;
}

const get = async (index: 0 | 1, pathname: string) => {
  const response = await fetch(`${instance(index)}${pathname}`);
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), text: await response.text() };
};

async function publish(through: 0 | 1) {
  const started = Date.now();
  const result = await site.publish(through);
  expect(result.status, result.stderr).toBe(0);
  return { ...result, started };
}

/** What a reader of each instance sees at URL, in a browser. */
async function headlineOn(page: Page, index: 0 | 1) {
  await page.goto(`${instance(index)}${URL}`);
  return page.getByRole('heading', { level: 1 });
}

test.beforeAll(async () => {
  // A production build of a copy of the project: about a minute alone, several on a busy machine.
  test.setTimeout(600_000);
  site = await startSharedCacheSite([PORT, PORT + 1], REDIS_PORT);
});
test.afterAll(async () => {
  if ((site as SharedCacheSite | undefined) !== undefined) await site.stop();
});

test('a story one instance rendered is a cache hit on the other, under this build’s keys only', async () => {
  const old = sectionStories('world').at(-1)!;
  const first = await get(0, old.url);
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  const other = await get(1, old.url);
  expect(other.cache).toBe('HIT');
  expect(other.text).toBe(first.text);

  // Every key belongs to this build, so a build deployed beside it never reads its pages.
  const redis = createClient({ url: `redis://127.0.0.1:${site.redisPort}` });
  await redis.connect();
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ COUNT: 500 })) keys.push(...batch);
    expect(keys.filter((key) => key.endsWith(`$${old.url}`))).toHaveLength(1);
    expect(keys.filter((key) => !key.startsWith(`dateline:${site.buildId}:`))).toEqual([]);
  } finally {
    redis.destroy();
  }
});

test('hostile traffic: addresses that do not exist fill neither .next nor Redis, none is a 5xx, every real page stays 200', async () => {
  // 25,000 requests and every real page three times: under a minute on a quiet 2-core machine,
  // a few on one shared with other builds.
  test.setTimeout(600_000);
  const table = await storedRouteTable(site.root);
  const real = realAddresses(table);
  const requests = hostileRequests(table, real);
  expect(requests.length).toBeGreaterThanOrEqual(20_000);
  const port = portOf(0);
  // Every real address is rendered and stored before the count starts (twice: a stale prerendered
  // page is served once while it renders again), so what is stored afterwards can only be the traffic's.
  for (let round = 0; round < 2; round++) {
    const warm = await sendAll(
      port,
      real.map((pathname) => ({ method: 'GET', path: pathname })),
      8,
    );
    expect(warm.failures).toEqual([]);
  }
  const before = { next: filesUnder(path.join(site.root, '.next')), redis: await redisKeys(site.redisPort) };

  const started = performance.now();
  const tally = await sendAll(port, requests, 16);
  const seconds = (performance.now() - started) / 1000;

  const after = { next: filesUnder(path.join(site.root, '.next')), redis: await redisKeys(site.redisPort) };
  console.log(
    `hostile traffic: ${tally.requests} requests in ${seconds.toFixed(1)} s over 16 keep-alive connections; ` +
      `by method ${JSON.stringify(tally.byMethod)}; by status ${JSON.stringify(tally.byStatus)}; ` +
      `.next ${before.next.bytes} → ${after.next.bytes} bytes (${before.next.entries.size} → ${after.next.entries.size} files); ` +
      `Redis ${before.redis.bytes} → ${after.redis.bytes} bytes (${before.redis.entries.size} → ${after.redis.entries.size} keys)`,
  );
  expect(tally.failures).toEqual([]);
  expect(tally.requests).toBe(requests.length);
  expect(grownSince(before.next, after.next)).toEqual([]);
  expect(grownSince(before.redis, after.redis)).toEqual([]);
  // Made-up addresses are 404s (or Next's 308 that drops a trailing slash), other methods than GET
  // and HEAD on real pages 405s: nothing else.
  expect(Object.keys(tally.byStatus).sort()).toEqual(['308', '404', '405']);

  for (const index of BOTH) {
    const port = portOf(index);
    const reading = await sendAll(
      port,
      real.map((pathname) => ({ method: 'GET', path: pathname })),
      8,
    );
    expect(reading.byStatus, `instance ${index}`).toEqual({ 200: real.length });
  }
});

test('a publish sent to one instance reaches readers of both: new story, correction, unpublish', async ({ page }) => {
  // Both instances have the section front and the feed cached before the story exists.
  for (const index of BOTH) {
    expect((await get(index, '/uk')).text).not.toContain(URL);
    expect((await get(index, URL)).status).toBe(404);
  }

  writeFileSync(path.join(site.root, FILE), story(TITLE));
  const added = await publish(0);
  expect(added.stdout).toContain(`published ${URL}`);
  for (const index of BOTH) {
    await expect(await headlineOn(page, index)).toHaveText(TITLE);
    for (const pathname of ['/uk', '/', '/feed.xml', '/tag/ports']) {
      expect((await get(index, pathname)).text, `${pathname} on instance ${index}`).toContain(URL);
    }
  }
  console.log(`new story on both instances ${Date.now() - added.started} ms after npm run publish started`);

  writeFileSync(path.join(site.root, FILE), story(CORRECTED));
  const corrected = await publish(1);
  expect(corrected.stdout).toContain(`updated   ${URL}`);
  for (const index of BOTH) {
    await expect(await headlineOn(page, index)).toHaveText(CORRECTED);
    const front = (await get(index, '/uk')).text;
    expect(front).toContain(CORRECTED);
    expect(front).not.toContain(TITLE);
  }

  writeFileSync(path.join(site.root, FILE), story(CORRECTED).replace('section: uk', 'section: uk\ndraft: true'));
  const removed = await publish(0);
  expect(removed.stdout).toContain(`removed   ${URL}`);
  for (const index of BOTH) {
    expect((await get(index, URL)).status).toBe(404);
    expect((await get(index, '/uk')).text).not.toContain(URL);
    expect((await get(index, '/feed.xml')).text).not.toContain(URL);
  }
});

test('a new picture published through one instance is served by both, the original and its sizes', async () => {
  // Put under public/ after both instances started (server/public-files.js).
  const picture = '/images/articles/2026/lifeboat-station-at-dusk.jpg';
  const from = path.join(site.root, 'public', 'images', 'articles', 'cafe-culture-returns-to-market-towns.jpg');
  mkdirSync(path.join(site.root, 'public', 'images', 'articles', '2026'), { recursive: true });
  copyFileSync(from, path.join(site.root, 'public', ...picture.split('/')));
  const slug = 'lifeboat-station-reopens';
  writeFileSync(
    path.join(site.root, 'content', 'articles', '2026', `${slug}.mdx`),
    story('Lifeboat station reopens').replace(
      'tags: ["Ports"]\n',
      `tags: ["Ports"]\nimage:\n  src: ${picture}\n  alt: "The lifeboat station at dusk"\n`,
    ),
  );
  expect((await publish(1)).stdout).toContain(`published /uk/${slug}`);
  const size = `/_next/image?url=${encodeURIComponent(picture)}&w=640&q=75`;
  for (const index of BOTH) {
    expect((await get(index, `/uk/${slug}`)).text).toContain(encodeURIComponent(picture));
    for (const pathname of [picture, size]) {
      const response = await fetch(`${instance(index)}${pathname}`, { headers: { Accept: 'image/webp,*/*' } });
      expect(response.status, `${pathname} on instance ${index}`).toBe(200);
      expect(response.headers.get('content-type'), `${pathname} on instance ${index}`).toMatch(/^image\//);
    }
  }
});

/** Pages of every kind, each with the status a reader must get. */
const READING = [
  { pathname: '/', status: 200 },
  { pathname: '/uk', status: 200 },
  { pathname: '/world/page/2', status: 200 },
  { pathname: sectionStories('uk')[0]!.url, status: 200 },
  { pathname: sectionStories('world').at(-2)!.url, status: 200 },
  { pathname: sectionStories('business').at(-1)!.url, status: 200 },
  { pathname: '/feed.xml', status: 200 },
  { pathname: '/sitemap.xml', status: 200 },
  { pathname: '/uk/no-such-story', status: 404 },
];

async function readEverything(index: 0 | 1, rounds: number) {
  const statuses: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const answers = await Promise.all(READING.map(({ pathname }) => get(index, pathname)));
    answers.forEach((answer, i) => {
      if (answer.status !== READING[i]!.status) statuses.push(`${READING[i]!.pathname}: ${answer.status}`);
    });
  }
  return statuses;
}

test('with Redis paused (SIGSTOP: connections open, no answers) a reader waits for it at most once, briefly', async () => {
  const stories = [
    sectionStories('world').at(-3)!.url,
    sectionStories('uk').at(-1)!.url,
    sectionStories('sports').at(-2)!.url,
  ];
  for (const pathname of stories) expect((await get(1, pathname)).status).toBe(200);
  site.pauseRedis();
  const waits: number[] = [];
  try {
    for (let round = 0; round < 3; round++) {
      for (const pathname of stories) {
        const started = performance.now();
        expect((await get(1, pathname)).status, pathname).toBe(200);
        waits.push(performance.now() - started);
      }
    }
  } finally {
    site.resumeRedis();
  }
  console.log(`with Redis paused: ${waits.map((ms) => Math.round(ms)).join(', ')} ms`);
  // Each Redis command used to wait out its 1-second timeout: a page asks several, so every reader
  // waited seconds. Now one reader waits 150 ms for it and the rest render without asking.
  const sorted = [...waits].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(600);
});

test('with Redis stopped both instances keep serving, and share again once it is back', async () => {
  await site.stopRedis();
  for (const index of BOTH) expect(await readEverything(index, 3), `instance ${index}`).toEqual([]);
  // A publish still reaches the instance it was sent to, and says that the other lags.
  writeFileSync(path.join(site.root, FILE), story(TITLE));
  const during = await publish(0);
  expect(during.stderr).toContain('could not reach its shared cache (Redis)');
  expect((await get(0, URL)).text).toContain(TITLE);

  await site.startRedis();
  // The instances reconnect on their own (within about 2 s); then a page rendered by one is a hit on the other.
  const archived = sectionStories('sports').at(-1)!.url;
  await expect
    .poll(
      async () => {
        await get(1, archived);
        return (await get(0, archived)).cache;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe('HIT');
  for (const index of BOTH) expect(await readEverything(index, 1), `instance ${index}`).toEqual([]);
});

test('with one instance gone the other serves every page alone', async () => {
  await site.stopInstance(0, 'SIGKILL');
  await expect(fetch(instance(0))).rejects.toThrow();
  expect(await readEverything(1, 3)).toEqual([]);
});
