/**
 * `npm run publish`: puts what editors changed in content/ on the running site in seconds,
 * without a build (docs/decisions/023). In order:
 *
 * 1. find the files that changed since the last build or publish (./changes.ts);
 * 2. check those files, and the stories whose ALSO READ names them, with every rule of
 *    `npm run check:content` and the same messages; any problem → nothing changes, exit 1;
 * 3. type the changed stories with Contentlayer (./typed-subset.ts) and compile their bodies;
 * 4. write the new content store and route table atomically (a reader, or a `kill -9`, sees the
 *    old store or the new one; the last good one stays until the new one is complete);
 * 5. update the search index for what changed since the build (lib/search);
 * 6. ask the server to read the new store and render the affected pages again (./request.ts).
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../build/atomic-write';
import { cachedBodyChecker } from '../build/body-cache';
import { compiledBodies } from '../build/compiled-bodies';
import { type StoreContent, type Tally, typedRecords, writeStore } from '../build/store-writer';
import { currentStore, type StoredArticle } from '../content/store';
import { buildNow } from '../now';
import { datelineDir, routesFile } from '../paths';
import type { RouteTable } from '../route-guard/table';
import { formatProblem } from '../validation/problem';
import { validateContent } from '../validation/validate-content';
import { affectedPages, everything, type Revalidation } from './affected-pages';
import { findChanges, visibleArticles } from './changes';
import { readManifest, writeManifest } from './manifest';
import type { RevalidateRequest } from './request';
import type { SharedCacheState } from './shared-cache-state';
import { typeSubset } from './typed-subset';

export interface PublishOptions {
  root: string;
  contentDir: string;
  publicDir: string;
  /** The running server the revalidation is sent to (the first of DATELINE_SERVERS, or DATELINE_SERVER). */
  server: string;
  /**
   * The other instances sharing its cache (the rest of DATELINE_SERVERS): each must read the store
   * this publish wrote before any page is revalidated, or it would render older pages into the
   * shared cache.
   */
  otherServers?: string[];
  secret: string;
  log: (line: string) => void;
  /** What the editor should know although the publish went through (standard error). */
  warn?: (line: string) => void;
  /** Updates the search index for every story changed or removed since the last full build. */
  updateSearch?: (changes: { upsert: string[]; remove: string[] }) => Promise<void>;
}

export type PublishResult =
  | { status: 'published'; added: string[]; updated: string[]; removed: string[]; revalidated: number }
  | { status: 'nothing' }
  | { status: 'refused'; problems: string[] };

export class PublishError extends Error {}

/** One publish at a time: two would each merge into the store the other is replacing. */
function lock(): () => void {
  const file = path.join(datelineDir(), 'publish.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch {
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && isRunning(holder)) throw new PublishError(`another publish is running (process ${holder})`);
      rmSync(file, { force: true }); // Left by a publish that was killed.
    }
  }
  throw new PublishError(`cannot take the publish lock ${file}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pendingFile = () => path.join(datelineDir(), 'revalidate-pending.json');

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const unlock = lock();
  try {
    return await publishLocked(options);
  } finally {
    unlock();
  }
}

async function publishLocked(options: PublishOptions): Promise<PublishResult> {
  const { log } = options;
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
  const manifest = readManifest();
  if (!manifest) throw new PublishError('no manifest of the last build: run npm run build first');
  if (path.resolve(manifest.contentDir) !== path.resolve(options.contentDir)) {
    throw new PublishError(
      `the last build read ${manifest.contentDir}, not ${options.contentDir}: set CONTENT_DIR as the build had it`,
    );
  }
  // A revalidation the server did not take last time is sent first.
  await sendPending(options);

  const store = currentStore();
  const changes = findChanges(options.contentDir, manifest.files);
  const now = buildNow();
  const body = cachedBodyChecker(path.join(datelineDir(), 'check-cache.json'), options.root);
  const checked = await validateContent({
    contentDir: options.contentDir,
    publicDir: options.publicDir,
    rootDir: options.root,
    now,
    checkBody: body.check,
    only: (file) => changes.toCheck.has(file),
    known: changes.known,
    listing: changes.listing,
  });
  log(
    `Checked ${changes.toCheck.size} ${changes.toCheck.size === 1 ? 'story' : 'stories'}` +
      `${changes.sharedChanged ? ', authors, sections and pages' : ''} (${changes.edited.length} changed, ${changes.deleted.length} deleted) in ${took()}.`,
  );
  if (checked.problems.length > 0) return { status: 'refused', problems: checked.problems.map(formatProblem) };

  const visible = visibleArticles(checked.files, now);
  const edited = new Set(changes.edited);
  const inStore = new Set(store.articles.map((article) => article.sourceFilePath));
  const toType = [...visible].filter((file) => edited.has(file) || !inStore.has(file)).sort();
  const leaving = store.articles.filter(
    (article) => !visible.has(article.sourceFilePath) || edited.has(article.sourceFilePath),
  );
  if (toType.length === 0 && leaving.length === 0 && !changes.sharedChanged) {
    writeManifest({ ...manifest, files: checked.files });
    return { status: 'nothing' };
  }

  const typed = toType.length > 0 || changes.sharedChanged ? await typeChanged(options, toType) : undefined;
  if (typed && typed.articles.length !== toType.length) {
    throw new PublishError(`Contentlayer typed ${typed.articles.length} of the ${toType.length} stories to publish`);
  }
  log(`Typed and compiled ${toType.length} ${toType.length === 1 ? 'story' : 'stories'} in ${took()}.`);
  const incoming = (typed?.articles ?? []) as unknown as StoredArticle[];
  const leavingFiles = new Set(leaving.map((article) => article.sourceFilePath));
  const content: StoreContent = {
    articles: [...store.articles.filter((article) => !leavingFiles.has(article.sourceFilePath)), ...incoming] as never,
    authors: typed?.authors ?? store.authors,
    sections: typed?.sections ?? store.sections,
    pages: typed?.pages ?? store.pages,
  };
  const previousRoutes = existsSync(routesFile())
    ? (JSON.parse(readFileSync(routesFile(), 'utf8')) as RouteTable)
    : undefined;
  const { version } = writeStore(content, previousRoutes);
  const after = content.articles as unknown as StoredArticle[];
  log(`Wrote the content store (${after.length} stories, version ${version}) in ${took()}.`);

  // The search index and the manifest say what changed since the last full build.
  const addedUrls = new Set(incoming.map((article) => article.url));
  const goneUrls = leaving.map((article) => article.url).filter((url) => !addedUrls.has(url));
  const sinceBuild = {
    changed: [...new Set([...manifest.sinceBuild.changed.filter((url) => !goneUrls.includes(url)), ...addedUrls])],
    removed: [...new Set([...manifest.sinceBuild.removed.filter((url) => !addedUrls.has(url)), ...goneUrls])],
  };
  writeManifest({ contentDir: manifest.contentDir, files: checked.files, sinceBuild });
  if (options.updateSearch) {
    await options.updateSearch({ upsert: sinceBuild.changed, remove: sinceBuild.removed });
    log(`Updated the search index in ${took()}.`);
  }

  const pages: Revalidation = changes.sharedChanged
    ? everything
    : affectedPages({ before: store.articles, after, removed: leaving, added: incoming });
  const revalidated = await revalidate(options, { ...pages, version });
  log(`The server at ${options.server} renders ${revalidated} pages and page groups again; done in ${took()}.`);

  const before = new Map(leaving.map((article) => [article.sourceFilePath, article]));
  return {
    status: 'published',
    added: incoming.filter((article) => !before.has(article.sourceFilePath)).map((article) => article.url),
    updated: incoming.filter((article) => before.has(article.sourceFilePath)).map((article) => article.url),
    removed: goneUrls,
    revalidated,
  };
}

async function typeChanged(options: PublishOptions, articles: string[]): Promise<StoreContent> {
  const subset = await typeSubset({ ...options, articles });
  try {
    const tally: Tally = { compiled: 0, reused: 0, keys: new Set() };
    return await typedRecords(compiledBodies(), tally, subset.generatedDir);
  } finally {
    subset.remove();
  }
}

async function revalidate(options: PublishOptions, request: RevalidateRequest): Promise<number> {
  try {
    await send(options, request);
  } catch (error) {
    // The store is written; keep the request so the next publish sends it first.
    writeAtomically(pendingFile(), JSON.stringify(request));
    throw new PublishError(
      `the new content is saved, but the server did not take it: ${(error as Error).message}. ` +
        'Pages catch up within 5 minutes; run npm run publish again once the server answers.',
    );
  }
  return request.paths.length + request.routes.length;
}

async function sendPending(options: PublishOptions): Promise<void> {
  if (!existsSync(pendingFile())) return;
  const pending = JSON.parse(readFileSync(pendingFile(), 'utf8')) as RevalidateRequest;
  // The pending request names the store it was made for; the server reads the current one.
  await send(options, { ...pending, version: currentStore().version });
  rmSync(pendingFile(), { force: true });
}

async function send(options: PublishOptions, request: RevalidateRequest): Promise<void> {
  // A revalidation of nothing: each other instance answers 409 unless it reads the store just written.
  for (const other of options.otherServers ?? []) {
    try {
      await call(options, other, {
        method: 'POST',
        body: JSON.stringify({ version: request.version, paths: [], routes: [] }),
      });
    } catch (error) {
      throw new PublishError(
        `${(error as Error).message}. Every instance in DATELINE_SERVERS must read the same content store folder ` +
          '(docs/deploy.md §3); nothing was revalidated',
      );
    }
  }
  const response = await call(options, options.server, { method: 'POST', body: JSON.stringify(request) });
  const answer = (await response.json().catch(() => ({}))) as { sharedCache?: SharedCacheState };
  if (answer.sharedCache === 'down') options.warn?.(sharedCacheDownWarning(options.server));
}

/** One authorised request to an instance's revalidation endpoint; anything but a 2xx throws. */
async function call(options: PublishOptions, server: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/revalidate', server), {
      ...init,
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as Error).cause;
    throw new PublishError(
      `cannot reach ${server} (${cause instanceof Error ? cause.message : (error as Error).message})`,
    );
  }
  if (!response.ok) {
    const text = await response.text();
    throw new PublishError(`${server} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return response;
}

/** Said when the server's shared cache (Redis) was down as it revalidated. */
export function sharedCacheDownWarning(server: string): string {
  return (
    `Warning: ${server} could not reach its shared cache (Redis), so only that instance shows the change now; ` +
    'the others catch up within 5 minutes. Run npm run publish again once Redis is back to reach them all at once.'
  );
}
