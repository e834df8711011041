/**
 * Which version of the content store the database holds (content_state 'version', changed in the
 * transaction of every build and publish). What this process caches from the store (documents,
 * the social-card set) is keyed by it.
 */
import { contentDatabase, contentDatabaseWhere, forgetOnReset, notBuiltError } from './connection';

/**
 * How long a version read is trusted. Reading it on every call would add a round trip to each
 * request; trusting it longer would delay a publish. A server the revalidate endpoint reaches
 * calls refreshStoreVersion() and sees the publish at once; every other host (several hosts
 * share one database, with nothing to tell them) sees it within this second, well inside the
 * 2 s a publish has to reach readers.
 */
export const VERSION_TTL_MS = 1000;

/**
 * A value read at most once per `ttlMs`, shared by the callers that ask while a read is under
 * way. refresh() always starts a read of its own: one already under way may have begun before
 * the publish it is asked to see. A read never replaces the result of one that began after it.
 */
export class CachedRead<T> {
  private cached?: { value: T; at: number; started: number };
  private pending?: { promise: Promise<T>; started: number };
  private reads = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(): Promise<T> {
    if (this.cached && this.clock() - this.cached.at < this.ttlMs) return Promise.resolve(this.cached.value);
    return this.pending?.promise ?? this.refresh();
  }

  refresh(): Promise<T> {
    const started = ++this.reads;
    const promise = this.read().then(
      (value) => {
        if (!this.cached || this.cached.started < started) this.cached = { value, at: this.clock(), started };
        if (this.pending?.started === started) this.pending = undefined;
        return value;
      },
      (error: unknown) => {
        if (this.pending?.started === started) this.pending = undefined;
        throw error;
      },
    );
    this.pending = { promise, started };
    return promise;
  }

  forget(): void {
    this.cached = undefined;
    this.pending = undefined;
  }
}

async function readVersion(): Promise<string> {
  const { db } = await contentDatabase();
  const row = await db.selectFrom('content_state').select('value').where('name', '=', 'version').executeTakeFirst();
  if (!row) throw notBuiltError(contentDatabaseWhere(), 'content_state has no version');
  return row.value;
}

const version = new CachedRead(readVersion, VERSION_TTL_MS);
forgetOnReset(() => version.forget());

/** The store's version, read again when the last read is more than VERSION_TTL_MS old. */
export const storeVersion = (): Promise<string> => version.get();

/** Reads the version now (the revalidate endpoint, after a publish told it the store changed). */
export const refreshStoreVersion = (): Promise<string> => version.refresh();
