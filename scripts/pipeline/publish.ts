/**
 * `npm run publish`: the newsroom's publish command (lib/publish/publish.ts). Run it in the
 * project a running `npm start` serves, with the same DATELINE_PUBLISH_SECRET and CONTENT_DIR;
 * DATELINE_SERVER says where that server listens (default http://127.0.0.1:3000). With several
 * instances sharing one cache (REDIS_URL), DATELINE_SERVERS lists them all, comma-separated: each
 * must read the new content store, and the first is asked to revalidate for all.
 *
 * Exit codes: 0 published or nothing to publish; 1 the content has problems (nothing changed);
 * 2 publishing failed (the message says what was and was not done).
 */
import { searchDocumentsFor } from '../../lib/content';
import { contentDir, publicDir } from '../../lib/paths';
import { publish, PublishError } from '../../lib/publish/publish';
import { updateSearchDelta } from '../../lib/search/search-delta';

const secret = process.env.DATELINE_PUBLISH_SECRET;
const [server = 'http://127.0.0.1:3000', ...otherServers] = (
  process.env.DATELINE_SERVERS ??
  process.env.DATELINE_SERVER ??
  ''
)
  .split(',')
  .map((address) => address.trim())
  .filter(Boolean);

if (!secret) {
  console.error(
    'Publish refused: DATELINE_PUBLISH_SECRET is not set — set it to the secret the running server (npm start) was started with.',
  );
  process.exit(2);
}

try {
  const result = await publish({
    root: process.cwd(),
    contentDir: contentDir(),
    publicDir: publicDir(),
    server,
    otherServers,
    secret,
    log: (line) => console.log(line),
    warn: (line) => console.error(line),
    // Every story changed since the last full build, from the store the publish just wrote.
    updateSearch: ({ upsert, remove }) =>
      updateSearchDelta({ upsert: searchDocumentsFor(upsert.map((url) => url.split('/').pop() ?? '')), remove }),
  });
  if (result.status === 'refused') {
    console.error(result.problems.join('\n'));
    const files = new Set(result.problems.map((line) => line.split(':')[0])).size;
    console.error(
      `\nPublish refused: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was changed; the site is as it was.`,
    );
    process.exit(1);
  }
  if (result.status === 'nothing') {
    console.log('Nothing to publish: no story changed since the last build or publish.');
  } else {
    for (const url of result.added) console.log(`  published ${url}`);
    for (const url of result.updated) console.log(`  updated   ${url}`);
    for (const url of result.removed) console.log(`  removed   ${url}`);
  }
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  console.error(`Publish failed: ${error.message}`);
  process.exit(2);
}
