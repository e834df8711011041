/**
 * `npm run publish`: puts what editors changed in content/ on the running site in seconds,
 * without a build (docs/decisions/023). In order:
 *
 * 1. find the files that changed since the last build or publish, against the manifest's rows
 *    in the database, and read the rows around them (./changes.ts, ./file-rows.ts); in the
 *    database the stories they replace and those whose embargo ended (./store-reads.ts): when
 *    the caller names its files no step reads or lists anything that grows with the archive;
 * 2. check those files, and the stories whose ALSO READ names them, with every rule of
 *    `npm run check:content` and the same messages, against that neighbourhood
 *    (./neighbourhood.ts); a file with a problem is refused and treated as unchanged, with what
 *    cannot go out without it (./isolate.ts), and the rest goes on;
 * 3. type the changed stories with Contentlayer (./typed-subset.ts) and compile their bodies;
 * 4. write down what must follow the store swap (./journal.ts), so that a publish killed at any
 *    later step is finished by the next one;
 * 5. write the changed stories, the manifest's rows of the files looked at and the search delta
 *    into the database, in one transaction (./database-write.ts): the swap (a reader, or a
 *    `kill -9`, sees the old store or the new one);
 * 6. write version.json, update the search index for what changed since the build
 *    (lib/search), ask the server to read the new store version and render the affected pages again
 *    (./affected-pages-database.ts)
 *    (the body checked by lib/revalidate/request.ts), and close the journal.
 *
 * One publish at a time, across processes (./lock.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { compiledBodies } from '../build/compiled-bodies';
import { type FileChange, NEVER_BUILT } from '../build/database-store';
import { type StoreContent, type Tally, typedRecords } from '../build/store-writer';
import type { StoredArticle } from '../content/store';
import { readEnv } from '../env';
import { buildNow } from '../now';
import { datelineDir } from '../paths';
import type { RevalidateRequest } from '../revalidate/request';
import type { SharedCacheState } from '../revalidate/shared-cache-state';
import { formatProblem } from '../source/problem';
import { everything, withPaths } from './affected-pages';
import { pagesAfterChange, pagesBeforeChange } from './affected-pages-database';
import { publishBodyCheck } from './body-checks';
import { findChanges, visibleArticles } from './changes';
import { openStoreDatabase, type StoreDatabase, writeChanges, writeFileChanges } from './database-write';
import { fileRows, sinceBuild, storedContentDir } from './file-rows';
import { isSharedFile, type RefusedFile } from './isolate';
import { closeJournal, completeSwap, type Journal, readJournal, swapHappened, writeJournal } from './journal';
import { takeLock } from './lock';
import { checkNeighbourhood } from './neighbourhood';
import { publishPictures } from './pictures';
import { PublishError } from './publish-error';
import { datedBetween, storedClock, storedDocuments, storedStories, storedVersion } from './store-reads';
import { typeSubset, type Typist } from './typed-subset';

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
  /**
   * A Contentlayer kept running between publishes (the desk's worker, or `npm run publish`'s
   * daemon); without it each publish starts its own.
   */
  typingWorker?: Typist;
  /**
   * The content files this publish is about (paths inside the content folder, written or
   * removed), when the caller knows them (the desk, which released them; `npm run publish --
   * <file>…`): only those are looked at, and nothing lists or reads the whole folder or archive.
   * Without it the whole folder is compared with the manifest's rows, as `npm run publish` does.
   */
  changedPaths?: readonly string[];
}

export type { RefusedFile } from './isolate';

export type PublishResult =
  | {
      status: 'published';
      added: string[];
      updated: string[];
      removed: string[];
      revalidated: number;
      refused: RefusedFile[];
    }
  | { status: 'nothing'; refused: RefusedFile[] }
  /** Every changed file was refused; nothing changed. */
  | { status: 'refused'; problems: string[]; refused: RefusedFile[] };

export { PublishError } from './publish-error';

/**
 * A test's way to kill the publish with SIGKILL just after a named step
 * (DATELINE_PUBLISH_KILL_AT=store-written), as `kill -9` would (e2e/publishing-robust.publish.ts).
 */
function step(name: string): void {
  if (readEnv('DATELINE_PUBLISH_KILL_AT') === name) process.kill(process.pid, 'SIGKILL');
}

const NO_MANIFEST =
  'the database has no manifest of a build (content_files), so a publish cannot tell what changed: run npm run build first';

export async function publish(options: PublishOptions): Promise<PublishResult> {
  // A project never built has no .contentlayer/dateline for the lock (nor a store to change).
  if (!existsSync(datelineDir())) throw new PublishError(NO_MANIFEST);
  let unlock: () => void;
  try {
    unlock = takeLock(path.join(datelineDir(), 'publish.lock'));
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
  try {
    return await publishLocked(options);
  } finally {
    unlock();
  }
}

async function publishLocked(options: PublishOptions): Promise<PublishResult> {
  let store: StoreDatabase;
  try {
    store = await openStoreDatabase(options.root);
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
  try {
    const built = await storedContentDir(store.database);
    if (built === undefined) throw new PublishError(NO_MANIFEST);
    if (path.resolve(built) !== path.resolve(options.contentDir)) {
      throw new PublishError(
        `the last build read ${built}, not ${options.contentDir}: set CONTENT_DIR as the build had it`,
      );
    }
    return await publishWith(options, store);
  } finally {
    await store.database.close();
  }
}

async function publishWith(options: PublishOptions, store: StoreDatabase): Promise<PublishResult> {
  const { log } = options;
  const { database } = store;
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
  // What a publish that was stopped (kill -9, a server that did not answer) left to do, first.
  await finishJournal(options, store);
  const replaces = await storedVersion(database);
  if (replaces === undefined) throw new PublishError(NEVER_BUILT);

  const rows = fileRows(database);
  let changes: Awaited<ReturnType<typeof findChanges>>;
  try {
    changes = await findChanges(options.contentDir, rows, options.changedPaths);
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
  const now = buildNow();
  const { checked, refused, accepted } = await checkNeighbourhood(
    {
      contentDir: options.contentDir,
      publicDir: options.publicDir,
      rootDir: options.root,
      now,
      checkBody: publishBodyCheck({ rootDir: options.root, contentDir: options.contentDir }, changes),
    },
    changes,
    rows,
  );
  const sharedChanged = [...accepted.edited, ...accepted.deleted].some(isSharedFile);
  log(
    `Checked ${changes.toCheck.size} ${changes.toCheck.size === 1 ? 'story' : 'stories'}` +
      `${changes.sharedChanged ? ', authors, sections and pages' : ''} (${changes.edited.length} changed, ${changes.deleted.length} deleted` +
      `${refused.length > 0 ? `, ${refused.length} refused` : ''}) in ${took()}.`,
  );
  step('checked');

  // The manifest's rows of the files looked at, as the check leaves them: written with the store.
  const files: FileChange = {
    upsert: checked.files.filter((record) => JSON.stringify(record) !== JSON.stringify(changes.last.get(record.path))),
    remove: accepted.deleted,
  };
  // Which stories leave and come: the changed files, and those whose embargo ended (or began
  // again) since the store's clock, looked up in the database by index; nothing else is read.
  const dated = await datedBetween(rows, await storedClock(database), now);
  const checkedPaths = new Set(checked.files.map((record) => record.path));
  const visible = visibleArticles([...checked.files, ...dated.filter((record) => !checkedPaths.has(record.path))], now);
  const edited = new Set(accepted.edited);
  const turned = new Set(dated.map((record) => record.path));
  const inStore = await storedStories(database, [...accepted.edited, ...accepted.deleted, ...turned]);
  const toType = [...visible].filter((file) => edited.has(file) || (turned.has(file) && !inStore.has(file))).sort();
  const leaving = [...inStore.values()]
    .map((stored) => stored.record)
    .filter((article) => !visible.has(article.sourceFilePath) || edited.has(article.sourceFilePath));
  if (toType.length === 0 && leaving.length === 0 && !sharedChanged) {
    try {
      await writeFileChanges(store, files);
    } catch (error) {
      throw new PublishError((error as Error).message);
    }
    if (refused.length === 0) return { status: 'nothing', refused };
    const changedAndGood = accepted.edited.length + accepted.deleted.length;
    return changedAndGood === 0
      ? { status: 'refused', problems: refused.flatMap((file) => file.problems.map(formatProblem)), refused }
      : { status: 'nothing', refused };
  }

  // Shared files refused this time keep the version the store has.
  const heldShared = new Set(refused.map((file) => file.file).filter(isSharedFile));
  const typed =
    toType.length > 0 || sharedChanged ? await typeChanged(options, toType, heldShared, sharedChanged) : undefined;
  if (typed && typed.articles.length !== toType.length) {
    throw new PublishError(`Contentlayer typed ${typed.articles.length} of the ${toType.length} stories to publish`);
  }
  log(`Typed and compiled ${toType.length} ${toType.length === 1 ? 'story' : 'stories'} in ${took()}.`);
  step('typed');
  const incoming = (typed?.articles ?? []) as unknown as StoredArticle[];
  const documents = sharedChanged && typed ? await withHeld(typed, heldShared, database) : undefined;

  // The search index is handed what changed since the last full build (content_search_delta) and now.
  const addedUrls = new Set(incoming.map((article) => article.url));
  const goneUrls = leaving.map((article) => article.url).filter((url) => !addedUrls.has(url));
  const before = await sinceBuild(database);
  const delta = {
    changed: [...new Set([...before.changed.filter((url) => !goneUrls.includes(url)), ...addedUrls])],
    removed: [...new Set([...before.removed.filter((url) => !addedUrls.has(url)), ...goneUrls])],
  };
  // The pages around the change as the store is now; those around it after the write are asked then.
  const pages = sharedChanged
    ? { revalidate: everything }
    : await pagesBeforeChange(database, { removed: leaving, added: incoming });
  // Before anything changes: every instance can serve the pictures before a page names them.
  await publishPictures(options, checked.pictures, accepted.edited);
  // Written down before the swap: whatever happens after it, the next publish finishes it.
  writeJournal({ replaces, search: { upsert: delta.changed, remove: delta.removed }, ...pages });
  step('journal-written');

  let written: Awaited<ReturnType<typeof writeChanges>>;
  try {
    written = await writeChanges(store, {
      now,
      leaving,
      incoming,
      ...(documents ? { documents } : {}),
      files: { ...files, sinceBuild: { changed: [...addedUrls], removed: goneUrls } },
    });
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
  const touched = new Set([...leaving, ...incoming].map((article) => article.sourceFilePath)).size;
  log(
    `Wrote ${touched} ${touched === 1 ? 'story' : 'stories'} into the database (${written.where}, version ${written.version}) in ${took()}.`,
  );
  step('database-written');

  const revalidated = await followUp(options, store, readJournal() as Journal, took);

  const replaced = new Map(leaving.map((article) => [article.sourceFilePath, article]));
  return {
    status: 'published',
    added: incoming.filter((article) => !replaced.has(article.sourceFilePath)).map((article) => article.url),
    updated: incoming.filter((article) => replaced.has(article.sourceFilePath)).map((article) => article.url),
    removed: goneUrls,
    revalidated,
    refused,
  };
}

/** The authors, sections and pages just typed, with those of refused files as the store has them. */
async function withHeld(typed: StoreContent, held: Set<string>, database: StoreDatabase['database']) {
  const stored = held.size > 0 ? await storedDocuments(database) : { authors: [], sections: [], pages: [] };
  const keep = <T>(fresh: T[], old: readonly T[]): T[] => [
    ...fresh,
    ...old.filter((record) => held.has(sourceOf(record))),
  ];
  return {
    authors: keep(typed.authors, stored.authors),
    sections: keep(typed.sections, stored.sections),
    pages: keep(typed.pages, stored.pages),
  };
}

/** A store record's file inside the content folder (authors, sections and pages keep Contentlayer's _raw). */
const sourceOf = (record: unknown) =>
  (record as { _raw?: { sourceFilePath?: string } })._raw?.sourceFilePath ??
  (record as { sourceFilePath?: string }).sourceFilePath ??
  '';

/** A journal left by a publish that did not finish: dropped if its swap never happened, else finished. */
async function finishJournal(options: PublishOptions, store: StoreDatabase): Promise<void> {
  const journal = readJournal();
  if (!journal) return;
  if (!swapHappened(journal, await storedVersion(store.database))) {
    closeJournal();
    options.log('An earlier publish stopped before it changed the site; its changes are published again now.');
    return;
  }
  options.log('Finishing an earlier publish that stopped after it changed the content store.');
  const started = performance.now();
  await followUp(options, store, journal, () => `${((performance.now() - started) / 1000).toFixed(2)} s`);
}

/** Every step after the swap, each one safe to do again: version.json, search, revalidation; then the journal goes. */
async function followUp(
  options: PublishOptions,
  store: StoreDatabase,
  journal: Journal,
  took: () => string,
): Promise<number> {
  const version = await storedVersion(store.database);
  if (version === undefined) throw new PublishError(NEVER_BUILT);
  completeSwap(version);
  step('version-written');
  if (options.updateSearch) {
    await options.updateSearch(journal.search);
    options.log(`Updated the search index in ${took()}.`);
  }
  step('search-updated');
  const around = journal.after ? await pagesAfterChange(store.database, journal.after) : [];
  const revalidated = await revalidate(options, { ...withPaths(journal.revalidate, around), version });
  options.log(`The server at ${options.server} renders ${revalidated} pages and page groups again; done in ${took()}.`);
  step('revalidated');
  closeJournal();
  return revalidated;
}

async function typeChanged(
  options: PublishOptions,
  articles: string[],
  held: Set<string>,
  shared: boolean,
): Promise<StoreContent> {
  // The authors, sections and pages are typed only when one of them changed (their records are written only then).
  const subset = await typeSubset({ ...options, articles, leaveOut: [...held], shared, worker: options.typingWorker });
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
    // The store is written and the journal keeps the request: the next publish sends it first.
    throw new PublishError(
      `the new content is saved, but the server did not take it: ${(error as Error).message}. ` +
        'Pages catch up within 5 minutes; run npm run publish again once the server answers.',
    );
  }
  return request.paths.length + request.routes.length;
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
        `${(error as Error).message}. Every instance in DATELINE_SERVERS must read the same content store database ` +
          '(DATABASE_URL, docs/deploy.md §3); nothing was revalidated',
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
