/**
 * `npm run bench:store-db [-- --stories 20000,100000 --runs 5]`: times the content store's
 * writes into the database (lib/build/database-store.ts) on synthetic stories shaped like the
 * real ones (3–5 tags from a pool of 2,000, most used first; 1–2 of 200 authors; 8 sections;
 * dates over 10 years; a record of about 1.4 kB and a compiled body of about 3 kB): a cold build's
 * sync, a warm one (nothing changed), and a publish of one edited story (median of the runs).
 * Also what the alternatives would cost: counting `all` again instead of moving its count, and
 * opening the database for a publish. On SQLite in a temporary folder; also on PostgreSQL when
 * DATABASE_URL is set, which must name a scratch database: its content_* tables are emptied.
 * Prints the load average beside the numbers: this machine's cores are shared.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { applyChanges, syncStore } from '../../lib/build/database-store';
import type { StoredArticle } from '../../lib/content/store';
import { type Database, databaseLocation, openDatabase } from '../../lib/db/connection';
import { migrate } from '../../lib/db/migrate';
import { readEnv } from '../../lib/env';
import { routes } from '../../lib/routes';
import { Random } from './corpus/random';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '20000,100000' }, runs: { type: 'string', default: '5' } },
});
const sizes = values.stories.split(',').map(Number);
const runs = Number(values.runs);
const now = new Date('2026-11-28T12:00:00Z');
const SECTIONS = ['uk', 'world', 'business', 'politics', 'science', 'sport', 'culture', 'opinion'];
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

const words = (random: Random, count: number) =>
  Array.from({ length: count }, () =>
    random.pick(['harbour', 'council', 'budget', 'strike', 'river', 'court', 'vote', 'storm', 'rail', 'school']),
  ).join(' ');

/** `count` stories, the same ones for the same count. */
function synthetic(count: number): StoredArticle[] {
  const random = new Random(24);
  const tags = Array.from({ length: 2_000 }, (_, i) => `Topic ${i} ${words(random, 1)}`);
  const authors = Array.from({ length: 200 }, (_, i) => `author-${i}`);
  const stories: StoredArticle[] = [];
  for (let i = 0; i < count; i++) {
    const section = random.pick(SECTIONS);
    const date = new Date(now.getTime() - random.next() * 10 * YEAR_MS);
    const slug = `story-${i}-${words(random, 3).replaceAll(' ', '-')}`;
    const year = date.getUTCFullYear();
    const storyTags = new Set<string>();
    const tagCount = random.int(3, 5);
    while (storyTags.size < tagCount) storyTags.add(random.skewed(tags));
    stories.push({
      _id: `articles/${year}/${slug}.mdx`,
      type: 'Article',
      title: `The ${words(random, 8)}`,
      dek: `A ${words(random, 20)}.`,
      date: date.toISOString(),
      section,
      authors: Array.from(new Set(Array.from({ length: random.int(1, 2) }, () => random.skewed(authors)))),
      tags: [...storyTags],
      kicker: words(random, 2),
      dateline: 'LONDON',
      image: {
        src: `/images/articles/${slug}.jpg`,
        alt: `Illustration of ${words(random, 8)}`,
        caption: `The ${words(random, 12)}.`,
        credit: 'Illustration: Dateline',
      },
      featured: random.chance(0.05),
      pick: random.chance(0.03),
      slug,
      url: routes.article(section, slug),
      readingTime: random.int(2, 8),
      wordCount: random.int(300, 1_500),
      excerpt: `${words(random, 35)}…`,
      alsoRead: random.chance(0.2) ? [`story-${random.int(0, count - 1)}`] : [],
      imageWidth: 1600,
      imageHeight: 900,
      sourceFilePath: `articles/${year}/${slug}.mdx`,
      codeKey: `body-${i}`,
    } as unknown as StoredArticle);
  }
  return stories;
}

/** A compiled body of about 3 kB, made from its key (nothing holds them all). */
const readBody = (key: string) => `const body=${JSON.stringify(key)};`.padEnd(3_000, ' /* paragraph text */');

async function emptied(database: Database): Promise<void> {
  await migrate(database);
  for (const table of [
    'content_story_tags',
    'content_story_authors',
    'content_story_links',
    'content_stories',
    'content_lists',
    'content_bodies',
    'content_documents',
    'content_state',
  ] as const) {
    await database.db.deleteFrom(table).execute();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function bench(name: string, open: () => Database, stories: StoredArticle[], file?: string) {
  const database = open();
  try {
    await emptied(database);
    const content = { articles: stories as never, authors: [], sections: [], pages: [] };
    const cold = await time(() => syncStore(database, content, { now, env: {}, readBody }));
    console.log(
      `${name}, ${stories.length} stories: cold sync ${seconds(cold.ms)} (${cold.result.written.stories} stories, ` +
        `${cold.result.written.bodies} bodies, ${cold.result.written.lists} lists)${file ? `, file ${(statSync(file).size / 1e6).toFixed(0)} MB` : ''}; load ${load()}`,
    );
    const warm = await time(() => syncStore(database, content, { now, env: {}, readBody }));
    console.log(
      `${name}, ${stories.length} stories: warm sync ${seconds(warm.ms)} (changed: ${warm.result.changed}); load ${load()}`,
    );
    const publishes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const old = stories[Math.floor(stories.length / 2) + run] as StoredArticle;
      const edited = {
        ...old,
        title: `${old.title}, updated ${run}`,
        tags: [...(old.tags ?? []).slice(1), `Fresh ${run}`],
      };
      const { ms } = await time(() =>
        applyChanges(
          database,
          {
            remove: [old.sourceFilePath],
            upsert: [edited],
            bodies: new Map([[edited.codeKey, readBody(edited.codeKey)]]),
          },
          { now, env: {} },
        ),
      );
      publishes.push(ms);
    }
    console.log(
      `${name}, ${stories.length} stories: applyChanges of 1 story ${median(publishes).toFixed(1)} ms (median of ${runs}: ${publishes.map((ms) => ms.toFixed(1)).join(', ')}); load ${load()}`,
    );
    const recount = await time(() =>
      database.db
        .selectFrom('content_stories')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('listed', '=', 1)
        .execute(),
    );
    const opening = await time(async () => {
      const other = open();
      await migrate(other);
      await other.close();
    });
    console.log(
      `${name}, ${stories.length} stories: a recount of \`all\` would take ${recount.ms.toFixed(1)} ms; opening and migrating for a publish ${opening.ms.toFixed(1)} ms; max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  } finally {
    await database.close();
  }
}

console.log(`load average ${load()} (1, 5, 15 min) on ${cpus().length} cores`);
for (const size of sizes) {
  const stories = synthetic(size);
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-store-db-bench-'));
  const file = path.join(dir, 'dateline.sqlite');
  try {
    await bench('SQLite', () => openDatabase({ dialect: 'sqlite', target: file }), stories, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (readEnv('DATABASE_URL')) {
    const location = databaseLocation();
    if (location.dialect === 'postgres') await bench('PostgreSQL', () => openDatabase(location), stories);
  }
}
