/**
 * The editor's workflow, end to end on the real build: a new valid article dropped into
 * content/ is published at its URL with every part of the article page after a rebuild, and an
 * invalid one stops the build naming its file and field. Runs `npm run build` in a copy of the
 * project (e2e/support/temp-project.ts), so the project's own build output is untouched.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copyProject, runAsync } from '../../e2e/support/temp-project';

let project: string;

const NEW_STORY = `---
title: "Lifeboat crew rescues trawler crew in overnight gale"
dek: "Six fishermen were brought ashore after their trawler lost power twelve miles off the coast."
date: 2026-11-26T23:50:00+00:00
section: uk
byline: "Northline News Agency staff"
source: "Northline News Agency"
dateline: "WHITBY"
tags: ["Weather", "Transport"]
kicker: "Rescue"
image:
  src: /images/articles/restored-pier-reopens-after-six-years.jpg
  alt: "Illustration of a harbour at night"
  caption: "The trawler was towed into harbour before dawn."
  credit: "Illustration: Dateline"
---

The volunteer crew launched shortly before midnight after the skipper radioed that the engine had failed.

<AlsoRead slug="restored-pier-reopens-after-six-years" />

All six men were checked by paramedics on the quayside and none needed hospital treatment.
`;

function build() {
  return runAsync('npm', ['run', 'build'], {
    cwd: project,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATELINE_NOW: '2026-11-28T12:00:00Z' },
  });
}

beforeAll(() => {
  project = copyProject('dateline-editor-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }), 60_000);

describe('adding an article', () => {
  it('publishes a new valid article at its URL with every part of the page', async () => {
    writeFileSync(path.join(project, 'content/articles/2026/lifeboat-rescues-trawler-crew.mdx'), NEW_STORY);
    // And one started with `npm run new`, published as it comes (its date is the build's "now").
    const created = await runAsync(
      'npm',
      ['run', 'new', '--', '--section', 'world', '--title', 'Tram line extension approved', '--publish'],
      {
        cwd: project,
        env: { ...process.env, DATELINE_NOW: '2026-11-27T16:30:00Z' },
      },
    );
    expect(created.status, created.stderr).toBe(0);
    const result = await build();
    expect(result.status, result.stderr).toBe(0);
    const tram = readFileSync(path.join(project, '.next/server/app/world/tram-line-extension-approved.html'), 'utf8');
    expect(tram).toContain('Tram line extension approved</h1>');
    expect(tram).toContain('Write the first paragraph of the story here.');
    const page = path.join(project, '.next/server/app/uk/lifeboat-rescues-trawler-crew.html');
    expect(existsSync(page)).toBe(true);
    // What a reader sees: the HTML without scripts, tags and comments.
    const text = readFileSync(page, 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/\s+/g, ' ');
    const parts = [
      'November 26, 2026 · 1 min read',
      'Rescue Lifeboat crew rescues trawler crew in overnight gale',
      'Six fishermen were brought ashore after their trawler lost power twelve miles off the coast, reports Northline News Agency.',
      'By Northline News Agency staff',
      'The trawler was towed into harbour before dawn. Illustration: Dateline',
      'WHITBY (Northline News Agency) — The volunteer crew launched',
      'Also read: Victorian pier reopens',
      'Previous Story',
      'Latest from UK',
      'Go to Top',
      "Don't Miss",
    ];
    for (const part of parts) expect(text, `the page should show "${part}"`).toContain(part);
    // In reading order.
    const positions = parts.map((part) => text.indexOf(part));
    expect(positions, JSON.stringify(parts.map((part, i) => [part.slice(0, 20), positions[i]]))).toEqual(
      [...positions].sort((a, b) => a - b),
    );
  }, 240_000);

  it('stops the build on an invalid article, naming its file and field', async () => {
    writeFileSync(
      path.join(project, 'content/articles/2026/broken-story.mdx'),
      NEW_STORY.replace('section: uk', 'section: nowhere').replace('lost power', 'lost <Power>'),
    );
    const result = await build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/articles/2026/broken-story.mdx:5: section: "nowhere" is not a section');
    expect(result.stderr).toContain('Nothing was built.');
  }, 240_000);
});
