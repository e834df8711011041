/**
 * The third step of `npm run build:content`: types every published story with Contentlayer and
 * writes the content store. Contentlayer holds every document it generates in one process, and
 * at 100,000 stories that process ran out of heap after 18 minutes (issue 11), so a large
 * archive is typed in shards of `SHARD_SIZE` stories, two at a time, each in a folder of its own
 * kept between builds (.contentlayer/shards/<n>, so Contentlayer's cache skips unchanged files);
 * the records are then merged into one store (docs/decisions/023). An archive that fits one
 * shard is typed by one Contentlayer run in the project, exactly as before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { compiledBodies } from '../../lib/build/compiled-bodies';
import { readPendingManifest } from '../../lib/build/manifest';
import {
  type StoreContent,
  syncDatabase,
  type Tally,
  typedRecords,
  writeVersionFile,
} from '../../lib/build/store-writer';
import { readEnv } from '../../lib/env';
import { buildNow } from '../../lib/now';
import { contentDir, contentlayerDir, pendingManifestFile, publicDir } from '../../lib/paths';
import { start as startProgress } from '../../lib/progress';
import { visibleArticles } from '../../lib/publish/changes';
import { typeSubset } from '../../lib/publish/typed-subset';

const SHARD_SIZE = readEnv('DATELINE_SHARD_SIZE');
const PARALLEL = 2;
const root = process.cwd();

function contentlayerInProject(): void {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'pipeline', 'contentlayer.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const manifest = readPendingManifest();
if (!manifest) throw new Error(`${pendingManifestFile()}: missing — run npm run check:content first`);
const published = [...visibleArticles(manifest.files, buildNow())].sort();

if (published.length <= SHARD_SIZE) {
  // One run; its onSuccess writes the store and the manifest (contentlayer.config.ts).
  contentlayerInProject();
} else {
  const started = performance.now();
  const shards: string[][] = [];
  for (let i = 0; i < published.length; i += SHARD_SIZE) shards.push(published.slice(i, i + SHARD_SIZE));
  const shardsDir = path.join(contentlayerDir(), 'shards');
  mkdirSync(shardsDir, { recursive: true });
  // Shards left from a bigger archive would only take disk.
  for (const name of readdirSync(shardsDir))
    if (Number(name) >= shards.length) rmSync(path.join(shardsDir, name), { recursive: true, force: true });

  const bodies = compiledBodies();
  const tally: Tally = { compiled: 0, reused: 0, keys: new Set() };
  const parts: StoreContent[] = new Array<StoreContent>(shards.length);
  // Typing is the long part at scale: count stories as their shard finishes (lib/progress.ts, on stderr).
  const progress = startProgress('Typing stories', published.length);
  let next = 0;
  const worker = async () => {
    while (next < shards.length) {
      const n = next++;
      const shardStarted = performance.now();
      const subset = await typeSubset({
        root,
        contentDir: contentDir(),
        publicDir: publicDir(),
        articles: shards[n] as string[],
        scratch: path.join(shardsDir, String(n)),
      });
      parts[n] = await typedRecords(bodies, tally, subset.generatedDir);
      progress.tick(shards[n]?.length);
      progress.log(
        `Contentlayer shard ${n + 1}/${shards.length}: ${shards[n]?.length} stories in ${((performance.now() - shardStarted) / 1000).toFixed(1)} s`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, shards.length) }, worker));
  progress.done();
  const first = parts[0] as StoreContent;
  const content: StoreContent = { ...first, articles: parts.flatMap((part) => part.articles) };
  const { version } = await syncDatabase(content, console.log, manifest);
  writeVersionFile(version);
  const removed = bodies.prune(tally.keys);
  // The project's own .contentlayer/generated holds the types (`contentlayer/generated`) that
  // TypeScript checks against; one story is enough to generate them.
  const typesOnly = await typeSubset({
    root,
    contentDir: contentDir(),
    publicDir: publicDir(),
    articles: published.slice(0, 1),
  });
  try {
    rmSync(path.join(contentlayerDir(), 'generated'), { recursive: true, force: true });
    cpSync(typesOnly.generatedDir, path.join(contentlayerDir(), 'generated'), { recursive: true });
  } finally {
    typesOnly.remove();
  }
  console.log(
    `Content store: ${content.articles.length} articles from ${shards.length} shards; ${removed} old compiled bodies removed (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  console.log(
    `Generated ${content.articles.length + content.authors.length + content.sections.length + content.pages.length} documents in .contentlayer`,
  );
}
