/**
 * startPublishing: what the desk server starts beside its pages: the database tables, the
 * workspace (filled from content/ at first start, then kept in step every 30 s), the publish
 * queue (re-running a job a killed desk left running) and the scheduler that lifts embargoes.
 */
import type { Database } from '../../db/connection';
import { openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { readEnv } from '../../env';
import { keepClockMoving } from '../../now';
import { contentDir, publicDir } from '../../paths';
import { prepareFollowing } from '../follow/start';
import { type Author, openHistory, setCurrentHistory } from '../history';
import { accountAuthors } from '../history/authors';
import { syncWorkspace } from '../workspace/sync';
import { type ProjectFolders, workspaceFor } from '../workspace/workspace';
import { setCurrentDesk } from './current';
import { Desk, pollReaders } from './desk';
import { readerServers, runPipeline, type RunPublish, warmPipeline } from './run-publish';
import { embargoedStories, startScheduler, type Timers } from './scheduler';

export interface PublishingOptions {
  /** The database (default: openDatabase() from DATABASE_URL); it is migrated at start. */
  database?: Database;
  project?: ProjectFolders;
  env?: Readonly<Record<string, string | undefined>>;
  /** The pipeline (default: lib/publish/publish.ts in this process). */
  runPublish?: RunPublish;
  readersSee?: (url: string, visible: boolean) => Promise<void>;
  now?: () => Date;
  timers?: Timers;
  /** How often content/ is looked at for changes made outside the desk (default 30 s; 0 = never). */
  syncEveryMs?: number;
  /** Queue one lift at start, for embargoes that fell due while the desk was down (default true). */
  liftDueAtStart?: boolean;
  log?: (line: string) => void;
  /** A desk account's name and email by id, for publish commits (default: the accounts table). */
  authorOf?: (userId: string) => Promise<Author | undefined>;
}

export interface Publishing {
  desk: Desk;
  /** Resolves once the typing worker has started and typed a first story (or could not). */
  warmed: Promise<void>;
  stop(): Promise<void>;
}

export async function startPublishing(options: PublishingOptions = {}): Promise<Publishing> {
  const env = options.env ?? process.env;
  const ownsDatabase = options.database === undefined;
  const database = options.database ?? openDatabase();
  await migrate(database);
  // The desk runs for weeks: its "now" must move (unless DATELINE_NOW pins it for tests).
  if (!options.now) keepClockMoving();
  const now = options.now ?? (() => new Date(readEnv('DATELINE_NOW', env) ?? Date.now()));
  const project = options.project ?? { root: process.cwd(), contentDir: contentDir(), publicDir: publicDir() };
  const workspace = workspaceFor(project, env);
  const log = options.log ?? ((line: string) => console.log(`[desk] ${line}`));
  await syncWorkspace(database, workspace);
  // Revisions: every save and release is a commit in the content folder's repository; one line
  // says so at start, or says why not (not a repository: the desk works, records nothing).
  setCurrentHistory(
    await openHistory({
      folders: {
        contentDir: project.contentDir,
        publicDir: project.publicDir,
        workspaceContentDir: workspace.contentDir,
        workspacePublicDir: workspace.publicDir,
      },
      log,
    }),
  );

  const desk = new Desk({
    database,
    workspace,
    runPublish: options.runPublish ?? runPipeline,
    readersSee: options.readersSee ?? pollReaders(readerServers(env)[0] ?? 'http://127.0.0.1:3000'),
    now,
    log,
    authorOf: options.authorOf ?? accountAuthors(database),
  });
  desk.scheduler = startScheduler({
    dueTimes: async () => (await embargoedStories(now().getTime(), project.root)).map((story) => story.at),
    now: () => now().getTime(),
    lift: () => {
      log('A scheduled story is due: queueing the publish that lifts it.');
      desk.queue
        .hasQueued('schedule')
        .then((waiting) => (waiting ? undefined : desk.queue.enqueue('schedule', null, 'scheduler')))
        // A database that did not answer: the scheduler asks again while the story stays held.
        .catch((error: unknown) => log(`could not queue the scheduled publish: ${String(error)}`));
    },
    ...(options.timers ? { timers: options.timers } : {}),
  });
  // Before the queue starts: a pull a killed desk left running is run again by it.
  const following = await prepareFollowing(desk, env, log);
  await desk.queue.start();
  await following.begin();
  if (options.liftDueAtStart !== false && !(await desk.queue.hasQueued('schedule'))) {
    await desk.queue.enqueue('schedule', null, 'scheduler');
  }
  setCurrentDesk(desk);
  // The first Publish should not wait for Contentlayer to start: warm it now, in the background.
  const warmed = options.runPublish
    ? Promise.resolve()
    : warmPipeline(log).catch((error: unknown) => log(`could not warm the typing worker: ${String(error)}`));

  const syncEveryMs = options.syncEveryMs ?? 30_000;
  const syncTimer =
    syncEveryMs > 0
      ? setInterval(() => {
          syncWorkspace(database, workspace).catch((error: unknown) => log(`workspace sync failed: ${String(error)}`));
        }, syncEveryMs)
      : undefined;
  syncTimer?.unref();

  return {
    desk,
    warmed,
    async stop() {
      if (syncTimer) clearInterval(syncTimer);
      desk.scheduler?.stop();
      await desk.queue.stop();
      following.stop();
      setCurrentDesk(undefined);
      setCurrentHistory(undefined);
      if (ownsDatabase) await database.close();
    },
  };
}
