/**
 * Several hosts with no shared disk (issue 24): two instances in separate folders that share only
 * PostgreSQL and Redis (e2e/support/separate-hosts-site.ts). Host B has no content folder and no
 * local store, so every story it serves comes from the database. A publish run on host A reaches
 * readers of both: a new story, a correction, an unpublish and a live post; made-up addresses get
 * 404 on both. Run by `npm run test:publish`.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { liveBlogs } from './sample';
import { type SeparateHostsSite, startSeparateHostsSite } from './support/separate-hosts-site';
import { testEnv } from './support/test-env';

const PORT = testEnv('SEPARATE_HOSTS_E2E_PORT');

// Each test publishes and reads two instances: minutes on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const SLUG = 'ferry-timetable-restored-after-strike';
const URL = `/uk/${SLUG}`;
const TITLE = 'Ferry timetable restored after two-day strike';
const CORRECTED = 'Ferry timetable restored after three-day strike';
const BOTH = [0, 1] as const;

let site: SeparateHostsSite;

function story(title: string): string {
  return `---
title: "${title}"
dek: "Crossings to the islands run to the normal timetable again from the first sailing tomorrow."
date: 2026-11-28T10:30:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Ports", "Strikes"]
---

The operator said every crossing would run as timetabled once crews returned on Friday morning.

Passengers holding tickets for cancelled sailings can travel on any crossing this week.
`;
}

const storyFile = () => path.join(site.roots[0], 'content', 'articles', '2026', `${SLUG}.mdx`);

async function get(index: 0 | 1, pathname: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${site.instances[index].url}${pathname}`);
  return { status: response.status, text: await response.text() };
}

async function publish(): Promise<string> {
  const result = await site.publish();
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

test.beforeAll(async () => {
  // A production build of a copy of the project and a PostgreSQL cluster: minutes on a busy machine.
  test.setTimeout(600_000);
  site = await startSeparateHostsSite(PORT);
});
test.afterAll(async () => {
  if ((site as SeparateHostsSite | undefined) !== undefined) await site.stop();
});

test('host B has no content and no local store, and serves the same pages as host A from the database', async () => {
  for (const name of ['content', '.contentlayer', '.dateline'])
    expect(existsSync(path.join(site.roots[1], name))).toBe(false);
  const [front, story] = [await get(1, '/'), await get(1, '/uk')];
  expect(front.status).toBe(200);
  expect(story.status).toBe(200);
  expect((await get(0, '/uk')).text.match(/<h3[^>]*>[\s\S]*?<\/h3>/g)).toEqual(
    story.text.match(/<h3[^>]*>[\s\S]*?<\/h3>/g),
  );
});

test('a story published on host A is on both hosts, its section front and its tag page', async () => {
  for (const index of BOTH) expect((await get(index, URL)).status).toBe(404);
  writeFileSync(storyFile(), story(TITLE));
  expect(await publish()).toContain(`published ${URL}`);
  for (const index of BOTH) {
    const page = await get(index, URL);
    expect(page.status, `host ${index === 0 ? 'A' : 'B'}`).toBe(200);
    expect(page.text).toContain(TITLE);
    expect((await get(index, '/uk')).text).toContain(URL);
    expect((await get(index, '/tag/strikes')).text).toContain(URL);
  }
});

test('a correction published on host A replaces the headline on both hosts', async () => {
  writeFileSync(storyFile(), story(CORRECTED));
  expect(await publish()).toContain(`updated   ${URL}`);
  for (const index of BOTH) {
    const page = await get(index, URL);
    expect(page.text).toContain(CORRECTED);
    expect(page.text).not.toContain(TITLE);
  }
});

test('a live post published on host A is in the live blog of both hosts', async () => {
  const blog = liveBlogs.find((candidate) => candidate.status === 'live')!;
  const id = '1150-ferry-update';
  writeFileSync(
    path.join(site.roots[0], 'content', 'live', blog.coverageStart.slice(0, 4), blog.slug, `${id}.mdx`),
    `---\ntime: 2026-11-28T11:50:00+00:00\nauthors: [tom-ashworth]\ntitle: "Ferries back on time"\n---\n\nThe first crossing of the afternoon left on time.\n`,
  );
  expect(await publish()).toContain(`updated   ${blog.url}`);
  for (const index of BOTH) {
    expect((await get(index, `${blog.url}/posts.json`)).text).toContain(id);
    expect((await get(index, blog.url)).text).toContain('Ferries back on time');
  }
});

test('an unpublished story is gone from both hosts, and made-up addresses are 404 on both', async () => {
  rmSync(storyFile());
  expect(await publish()).toContain(`removed   ${URL}`);
  const madeUp = [
    URL,
    '/uk/no-such-story-anywhere',
    '/uk/page/999',
    '/tag/no-such-tag',
    '/author/nobody-here',
    '/archive/1999/01',
    '/no-such-section/story',
    // PostgreSQL cannot hold a NUL in text: asked of it, these answered 500.
    '/uk/no-such-story%00',
    '/archive/2026/11%00',
  ];
  for (const index of BOTH) {
    expect((await get(index, '/uk')).text).not.toContain(URL);
    for (const address of madeUp) expect((await get(index, address)).status, `${address} on host ${index}`).toBe(404);
  }
});
