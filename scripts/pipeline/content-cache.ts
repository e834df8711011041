/**
 * Keeps Contentlayer's cache only while it can still be right. Contentlayer reuses a
 * document when the file's modification time is unchanged, but some of what it stores comes
 * from elsewhere: image sizes read from public/, remark plugins and computed fields in lib/,
 * the dependencies that compile MDX, and the content folder itself (CONTENT_DIR). When any of
 * those changes, this clears the cache, so the next Contentlayer build recompiles
 * everything; otherwise a rebuild only recompiles the files that changed (docs/decisions/014).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { imagesFingerprint } from '../../lib/build/compiled-bodies';
import { contentDir, publicDir } from '../../lib/paths';
import { fingerprintOf } from '../../lib/source/fingerprint';

const root = process.cwd();
const cacheDir = path.join(root, '.contentlayer', '.cache');
const fingerprintFile = path.join(cacheDir, 'dateline-inputs.json');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** Everything besides the content files that Contentlayer's output depends on. */
export function inputsFingerprint(): string {
  // Code and dependencies: by content, since a checkout resets modification times.
  const code = [
    'contentlayer.config.ts',
    'package-lock.json',
    ...files(path.join(root, 'lib/schema')),
    ...files(path.join(root, 'lib/mdx')),
  ].flatMap((file) => {
    const full = path.resolve(root, file);
    return existsSync(full) ? [[file, readFileSync(full)] as const] : [];
  });
  return fingerprintOf([
    ['content', contentDir()],
    ['public', publicDir()],
    ...code,
    // Pictures (hero sizes): by size and modification time. Images only: nothing else under
    // public/ (a search index an older build left there) may clear the cache.
    ['images', imagesFingerprint(publicDir())],
  ]);
}

const current = inputsFingerprint();
const previous = existsSync(fingerprintFile)
  ? (JSON.parse(readFileSync(fingerprintFile, 'utf8')) as { fingerprint?: string }).fingerprint
  : undefined;
if (previous !== current) {
  rmSync(cacheDir, { recursive: true, force: true });
  // A large archive is typed in shards, each with a Contentlayer cache of its own
  // (scripts/pipeline/build-store.ts): they go stale together with this one.
  rmSync(path.join(root, '.contentlayer', 'shards'), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(fingerprintFile, `${JSON.stringify({ fingerprint: current })}\n`);
  console.log(
    previous
      ? 'Contentlayer cache cleared: images, content folder or build code changed.'
      : 'Contentlayer cache: starting fresh.',
  );
} else {
  console.log('Contentlayer cache kept: only changed content files will be recompiled.');
}
