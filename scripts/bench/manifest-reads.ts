/**
 * `npm run bench:manifest-reads [-- --corpus /tmp/bench/c100k --runs 3]`: what a publish reads
 * before it checks anything, before and after the manifest moved into the database
 * (docs/decisions/055-publish-manifest-in-the-database.md), on a content folder it never writes.
 *
 * Before: parsing manifest.json and check-cache.json (both written here from the corpus, in the
 * shapes the build gave them) and writing the manifest back twice, as each publish did; listing
 * the folder. After: the manifest's rows written by syncStore into a scratch SQLite database
 * (the build's part), then a publish's reading phase — findChanges and the neighbourhood check —
 * for one named file (`changedPaths`, the desk and `npm run publish -- <file>`) and for the
 * whole folder (`npm run publish` without names). The named file's row is given another size so
 * the publish sees it as edited: the folder is never touched. Median of the runs, in ms.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { syncStore } from '../../lib/build/database-store';
import { openDatabase } from '../../lib/db/connection';
import { migrate } from '../../lib/db/migrate';
import { publishBodyCheck } from '../../lib/publish/body-checks';
import { findChanges } from '../../lib/publish/changes';
import { fileRows } from '../../lib/publish/file-rows';
import { checkNeighbourhood } from '../../lib/publish/neighbourhood';
import { listContentFiles } from '../../lib/source/content-files';
import { fingerprint } from '../../lib/source/fingerprint';
import type { FileRecord, Kind } from '../../lib/validation/model';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: '/tmp/bench/c100k' }, runs: { type: 'string', default: '3' } },
});
const corpus = path.resolve(values.corpus);
const runs = Number(values.runs);
const now = new Date('2026-11-28T12:00:00Z');

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
async function time(label: string, run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const ms = median(times);
  console.log(`${label.padEnd(64)} ${ms.toFixed(0).padStart(7)} ms`);
  return ms;
}

/** The check's record of each file, from its bytes and frontmatter (what check:content records). */
function recordsOf(dir: string): FileRecord[] {
  const records: FileRecord[] = [];
  for (const [file, stat] of listContentFiles(dir)) {
    const bytes = readFileSync(path.join(dir, file));
    const text = bytes.toString('utf8');
    const top = file.split('/')[0];
    const live = top === 'live';
    const kinds: Record<string, Kind> = { articles: 'article', authors: 'author', sections: 'section', pages: 'page' };
    const kind: Kind = live ? (file.endsWith('/index.mdx') ? 'live' : 'post') : (kinds[top ?? ''] ?? 'page');
    const slug = kind === 'live' ? (file.split('/')[2] as string) : path.basename(file).replace(/\.(mdx|yaml)$/, '');
    const record: FileRecord = {
      path: file,
      kind,
      slug,
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      hash: fingerprint(bytes),
    };
    if (kind === 'article' || kind === 'live' || live) {
      const date = /^(?:date|coverageStart):\s*(\S+)/m.exec(text)?.[1];
      if (date && kind !== 'post') record.date = date;
      if (/^draft:\s*true/m.test(text)) record.draft = true;
      record.alsoRead = [...text.matchAll(/<AlsoRead\b[^>]*?\bslug="([^"]+)"/g)].map((match) => match[1] as string);
    }
    records.push(record);
  }
  return records;
}

console.log(
  `Corpus ${corpus}; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
let started = performance.now();
const records = recordsOf(corpus);
console.log(`${records.length} files recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-manifest-reads-'));
try {
  console.log('\nBefore: the manifest and the check cache as files');
  const manifestFile = path.join(scratch, 'manifest.json');
  const manifest = { contentDir: corpus, files: records, sinceBuild: { changed: [], removed: [] } };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const cacheFile = path.join(scratch, 'check-cache.json');
  const bodies = Object.fromEntries(
    records
      .filter((record) => record.kind === 'article' || record.kind === 'post')
      .map((record) => [
        `content/${record.path}`,
        {
          key: record.hash,
          report: {
            problems: [],
            uses: (record.alsoRead ?? []).map((slug, i) => ({ name: 'AlsoRead', props: { slug }, line: 12 + i })),
          },
        },
      ]),
  );
  writeFileSync(cacheFile, JSON.stringify({ version: 'bench', bodies }));
  const mb = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;
  await time(`parse manifest.json (${mb(manifestFile)})`, () => JSON.parse(readFileSync(manifestFile, 'utf8')));
  await time(`parse check-cache.json (${mb(cacheFile)})`, () => JSON.parse(readFileSync(cacheFile, 'utf8')));
  await time('write manifest.json twice (journal next manifest, then in place)', () => {
    writeFileSync(`${manifestFile}.next`, JSON.stringify(manifest));
    writeFileSync(manifestFile, JSON.stringify(manifest));
  });
  await time(`list the content folder (${records.length} files, stat each)`, () => listContentFiles(corpus));

  console.log('\nAfter: the manifest as rows of a SQLite database');
  const database = openDatabase({ dialect: 'sqlite', target: path.join(scratch, 'bench.sqlite') });
  await migrate(database);
  const content = {
    articles: [],
    authors: [],
    sections: [],
    pages: [],
    manifest: { contentDir: corpus, files: records },
  };
  started = performance.now();
  await syncStore(database, content, { now, env: {}, readBody: () => 'x' });
  console.log(
    `${'build: the rows written (cold, once)'.padEnd(64)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`,
  );
  await time('build: the rows compared, none written (warm)', () =>
    syncStore(database, content, { now, env: {}, readBody: () => 'x' }),
  );
  // A story someone else's ALSO READ names, so the neighbourhood holds more than itself.
  const named = records.filter((record) => record.kind === 'article');
  const linked = new Set(named.flatMap((record) => record.alsoRead ?? []));
  const target = named.find((record) => linked.has(record.slug)) ?? named[0];
  if (!target) throw new Error(`${corpus}: no article to publish — point --corpus at a content folder`);
  await database.db.updateTable('content_files').set({ size: 1 }).where('path', '=', target.path).execute();
  await database.db
    .updateTable('content_files')
    .set({ record: JSON.stringify({ ...target, size: 1, hash: 'edited' }) })
    .where('path', '=', target.path)
    .execute();
  const options = { contentDir: corpus, publicDir: path.join(process.cwd(), 'public'), rootDir: process.cwd(), now };
  let read = 0;
  let listed = 0;
  await time(`publish -- ${target.path}: find the change and its rows`, async () => {
    const rows = fileRows(database);
    const changes = await findChanges(corpus, rows, [target.path]);
    read = rows.read;
    listed = changes.listing.size;
  });
  console.log(`  rows read: ${read}; files in the check's neighbourhood: ${listed}`);
  await time('publish -- <that file>: find, then check the neighbourhood', async () => {
    const rows = fileRows(database);
    const changes = await findChanges(corpus, rows, [target.path]);
    const checkBody = publishBodyCheck({ rootDir: options.rootDir, contentDir: corpus }, changes);
    await checkNeighbourhood({ ...options, checkBody }, changes, rows);
  });
  await time('publish (no names): list the folder, compare every row, find', async () => {
    const rows = fileRows(database);
    await findChanges(corpus, rows);
  });
  await database.close();
  console.log(`\n(${readdirSync(scratch).length} scratch files removed)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
