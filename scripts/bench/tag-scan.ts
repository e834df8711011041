/**
 * `tsx scripts/bench/tag-scan.ts [--keys 20000,100000]`: what one tag revalidation costs the shared
 * cache as it fills. @fortedigital/nextjs-cache-handler's `redis-strings` handler reads its whole
 * tag map (HSCAN, one field per cached page) for every tag revalidated, and a publish revalidates
 * about 20 paths. This fills a scratch Redis's map with as many pages as given, with tags shaped
 * like Next's, and times the handler's own revalidateTag beside Dateline's, which records a path's
 * revalidation time only (server/shared-cache.js, revalidatePathsByTime). Loopback only; needs
 * redis-server.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';

import { revalidatePathsByTime } from '../../server/shared-cache.js';
import { startRedis } from './cluster';

const { values } = parseArgs({
  options: { keys: { type: 'string', default: '20000,100000' }, port: { type: 'string', default: '6501' } },
});
const redis = await startRedis(Number(values.port));
const client = createClient({ url: redis.url });
await client.connect();
try {
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log('| cached pages | package: one path | package: 20 paths (one publish) | Dateline: 20 paths |');
  console.log('| --- | --- | --- | --- |');
  for (const count of values.keys.split(',').map(Number)) {
    await client.flushAll();
    const prefix = 'dateline:bench:';
    for (let start = 0; start < count; start += 5000) {
      const fields: Record<string, string> = {};
      for (let i = start; i < Math.min(count, start + 5000); i++) {
        const path = `/section-${i % 7}/story-${i}`;
        fields[`/route-cache/APP_PAGE/${'a'.repeat(64)}/$${path}`] = JSON.stringify([
          '_N_T_/layout',
          '_N_T_/[section]/layout',
          '_N_T_/[section]/[slug]/layout',
          '_N_T_/[section]/[slug]/page',
          `_N_T_${path}`,
        ]);
      }
      await client.hSet(`${prefix}__sharedTags__`, fields);
    }
    const handler = createRedisHandler({ client, keyPrefix: prefix });
    let started = performance.now();
    await handler.revalidateTag('_N_T_/section-1');
    const one = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < 20; i++) await handler.revalidateTag(`_N_T_/section-${i % 7}/story-${i}`);
    const twenty = performance.now() - started;
    const byTime = revalidatePathsByTime(handler, async (tag) => {
      await client.hSet(`${prefix}__revalidated_tags__`, tag, Date.now());
    });
    started = performance.now();
    for (let i = 0; i < 20; i++) await byTime.revalidateTag(`_N_T_/section-${i % 7}/story-${i}`);
    const ours = performance.now() - started;
    console.log(`| ${count} | ${one.toFixed(0)} ms | ${twenty.toFixed(0)} ms | ${ours.toFixed(1)} ms |`);
  }
} finally {
  client.destroy();
  await redis.stop();
}
