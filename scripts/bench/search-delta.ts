/**
 * `npm run bench:search-delta [-- --stories 200 --runs 3]`: times
 * updateSearchDelta with the newest N published stories, each changed, as the journal's upserts
 * (and one removal), as `npm run publish` calls it, after `npm run build:search` on the same content.
 * Writes into a copy of the delta folder, so a running server's delta is left alone.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { searchDocumentsOf, searchYears } from '../../lib/content';
import type { SearchDocument } from '../../lib/content/types';
import { readPointer, searchDeltaDir, updateSearchDelta } from '../../lib/search/search-delta';

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
const dir = await mkdtemp(path.join(tmpdir(), 'dateline-delta-bench-'));
await cp(searchDeltaDir(), dir, { recursive: true });
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const started = performance.now();
    await updateSearchDelta({ upsert, remove: removed ? [removed.url] : [] }, { dir });
    const pointer = await readPointer(dir);
    console.log(
      `run ${run}: ${upsert.length} upserts, ${pointer?.tombstones.length} tombstones, ` +
        `${pointer?.hiddenIds.length} hidden base copies in ${Math.round(performance.now() - started)} ms`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
