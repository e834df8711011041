/**
 * `npm run build:search`: writes the search index to search-index/ beside `next build`; the
 * server (app/pagefind) and the static export (out/pagefind) serve it at /pagefind/. Not in
 * public/, which Next and server/public-files.js list when the server starts: the index has about
 * one file per story (docs/decisions/056-search-index-outside-public.md). One Pagefind bundle per
 * publication year, each built by its own indexer that is stopped before the next year starts:
 * Pagefind holds a whole index in memory, so peak memory is one year's index, not the archive's
 * (docs/decisions/024-search-index-per-year.md). Only published stories, via lib/content.
 *
 * It also starts the publish delta afresh (in the database): the old delta was relative to the old
 * base bundles, and the new bundles' page ids are what the next publish hides its changes by.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { searchDocumentsOf, searchYears } from '../../lib/content';
import { withDatabase } from '../../lib/db/process-database';
import { start, tickingAsync } from '../../lib/progress';
import { pageIdsByUrl, writePagefindBundle } from '../../lib/search/pagefind-bundle';
import {
  BASE_DIR,
  BASE_FOLDER,
  MANIFEST_FILE,
  type SearchManifest,
  yearBundleUrl,
} from '../../lib/search/search-bundles';
import { type BasePageIds, resetSearchDelta } from '../../lib/search/search-delta';

const root = path.resolve(import.meta.dirname, '../..');
const outputPath = path.join(root, BASE_DIR);
/** Where builds before decision 056 wrote it: left there, Next would list it at every start. */
const oldOutputPath = path.join(root, 'public', BASE_FOLDER);

async function main() {
  const started = performance.now();
  await rm(outputPath, { recursive: true, force: true });
  await rm(oldOutputPath, { recursive: true, force: true });
  await mkdir(outputPath, { recursive: true });

  const manifest: SearchManifest = { bundles: [] };
  const baseIds: BasePageIds = {};
  const years = await searchYears();
  // Each story is indexed as Pagefind reads it (lib/progress.ts, on stderr).
  const progress = start(
    'Indexing stories',
    years.reduce((sum, { stories }) => sum + stories, 0),
  );
  for (const [i, { year }] of years.entries()) {
    const yearStarted = performance.now();
    const bundleDir = path.join(outputPath, String(year));
    // The newest year is the bundle the browser starts from, so only it keeps Pagefind's script.
    const stories = await writePagefindBundle(tickingAsync(searchDocumentsOf(year), progress), bundleDir, {
      runtime: i === 0,
    });
    const url = yearBundleUrl(year);
    manifest.bundles.push({ year, url, stories });
    for (const [storyUrl, id] of await pageIdsByUrl(bundleDir)) baseIds[storyUrl] = id;
    progress.log(`  ${year}: ${stories} stories in ${Math.round(performance.now() - yearStarted)} ms`);
  }
  progress.done();
  await writeFile(path.join(outputPath, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  // Into the database every instance serves the delta from (DATABASE_URL, as the server has it).
  await withDatabase((database) => resetSearchDelta(database, baseIds));

  const total = manifest.bundles.reduce((sum, bundle) => sum + bundle.stories, 0);
  console.log(
    `Search index: ${total} stories in ${manifest.bundles.length} year bundles in ` +
      `${Math.round(performance.now() - started)} ms → ${BASE_DIR}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
