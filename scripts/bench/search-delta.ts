/**
 * `npm run bench:search-delta [-- --stories 200 --runs 3]`: times
 * updateSearchDelta with the newest N published stories, each changed, as the journal's upserts
 * (and one removal), as `npm run publish` calls it, after `npm run build:search` on the same content.
 * Writes into a scratch SQLite database given the base page ids of the project's database
 * (DATABASE_URL), so a running server's delta is left alone.
 */
import { parseArgs } from 'node:util';

import { searchDocumentsOf, searchYears } from '../../lib/content';
import type { SearchDocument } from '../../lib/content/types';
import { withDatabase } from '../../lib/db/process-database';
import { scratchSqlite } from '../../lib/db/scratch-database';
import { everyBasePageId } from '../../lib/search/delta-store';
import { readPointer, resetSearchDelta, updateSearchDelta } from '../../lib/search/search-delta';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.stories);

const upsert: SearchDocument[] = [];
for (const { year } of await searchYears()) {
  for await (const doc of searchDocumentsOf(year)) {
    if (upsert.length === count + 1) break;
    upsert.push({ ...doc, text: `${doc.text} Updated.` }); // changed, as a republished story is
  }
}
const removed = upsert.pop();
const baseIds = await withDatabase(everyBasePageId);
const scratch = await scratchSqlite('delta-bench');
try {
  await resetSearchDelta(scratch.database, baseIds);
  for (let run = 1; run <= Number(values.runs); run++) {
    const started = performance.now();
    await updateSearchDelta(scratch.database, { upsert, remove: removed ? [removed.url] : [] });
    const pointer = await readPointer(scratch.database);
    console.log(
      `run ${run}: ${upsert.length} upserts, ${pointer?.tombstones.length} tombstones, ` +
        `${pointer?.hiddenIds.length} hidden base copies in ${Math.round(performance.now() - started)} ms`,
    );
  }
} finally {
  await scratch.done();
}
