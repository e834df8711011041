/**
 * `npm run cache:prune [-- --keep <build id>,<build id>]`: drops from the shared cache (REDIS_URL)
 * every page of builds no instance serves any more. Keys carry their build's id
 * (server/shared-cache.js), so a deploy never mixes two builds' pages; this frees the old build's
 * memory once its last instance has stopped. Keeps .next/BUILD_ID's build unless told otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { createClient } from '@redis/client';

import { readEnv } from '../../lib/env';
import { KEY_NAMESPACE } from '../../server/shared-cache.js';

const { values } = parseArgs({ options: { keep: { type: 'string' } } });
const url = readEnv('REDIS_URL');
if (!url) {
  console.error('cache:prune: set REDIS_URL to the Redis the servers share.');
  process.exit(2);
}
const keep = new Set(
  (values.keep ?? (existsSync('.next/BUILD_ID') ? readFileSync('.next/BUILD_ID', 'utf8') : ''))
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
);
if (keep.size === 0) {
  console.error('cache:prune: no build to keep: run it where .next/BUILD_ID is, or pass --keep <build id>.');
  process.exit(2);
}

const client = createClient({ url });
await client.connect();
const dropped = new Map<string, number>();
try {
  for await (const batch of client.scanIterator({ MATCH: `${KEY_NAMESPACE}:*`, COUNT: 1000 })) {
    const old = batch.filter((key) => !keep.has(key.split(':')[1] ?? ''));
    for (const key of old) {
      const build = key.split(':')[1] ?? '';
      dropped.set(build, (dropped.get(build) ?? 0) + 1);
    }
    if (old.length > 0) await client.unlink(old);
  }
} finally {
  client.destroy();
}
const total = [...dropped.values()].reduce((sum, count) => sum + count, 0);
console.log(
  total === 0
    ? `Nothing to prune: every key belongs to ${[...keep].join(', ')}.`
    : `Dropped ${total} keys of ${dropped.size} old build${dropped.size === 1 ? '' : 's'} (${[...dropped]
        .map(([build, count]) => `${build}: ${count}`)
        .join(', ')}); kept ${[...keep].join(', ')}.`,
);
