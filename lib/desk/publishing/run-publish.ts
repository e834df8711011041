/**
 * The one place the desk meets the publish pipeline (lib/publish/publish.ts), in-process, with
 * the options `npm run publish` builds from the environment (lib/publish/from-environment.ts).
 * The pipeline answers per file: each refused file with its problems, while every valid change
 * still goes out (docs/decisions/037). Each publish opens the content store's database itself
 * and closes it after (lib/publish/database-write.ts says why), not the desk's own connection.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { readEnv } from '../../env';
import { publishOptionsFromEnvironment, readerServers } from '../../publish/from-environment';
import { publish, type PublishResult, type RefusedFile } from '../../publish/publish';
import { typeSubset } from '../../publish/typed-subset';
import { sharedTypingWorker, type TypingWorker } from '../../publish/typing-worker';

export type { RefusedFile };
export type DeskPublishResult = PublishResult;

/**
 * `changedPaths`: the content files the desk wrote or removed for this publish (paths inside the
 * content folder), so only those are looked at; left out, every file of the folder is.
 */
export type RunPublish = (log: (line: string) => void, changedPaths?: readonly string[]) => Promise<DeskPublishResult>;

/** The reader servers from DATELINE_SERVERS / DATELINE_SERVER, as `npm run publish` reads them. */
export { readerServers };

/**
 * Files of publishes that stopped with an error before they were published (a database or
 * Contentlayer that failed): they are still released in content/, so the next publish looks at
 * them too. Undefined until a publish has looked at the whole folder: the first publish after the
 * desk starts does, and so does the one after a full publish that failed (what changed while the
 * desk was down, or a file a crash left behind, is found so).
 */
let unsent: Set<string> | undefined;

/** The paths to give the pipeline for this publish (undefined: the whole folder). */
export function pathsToLookAt(changedPaths: readonly string[] | undefined): string[] | undefined {
  if (!changedPaths || !unsent) return undefined;
  return [...new Set([...unsent, ...changedPaths])].sort();
}

/** Remembers how the publish that looked at `paths` ended. */
export function publishEnded(paths: string[] | undefined, failed: boolean): void {
  if (!failed) unsent = new Set();
  else unsent = paths ? new Set(paths) : undefined;
}

/** Forgets what earlier publishes left (a test's fresh desk). */
export function forgetUnsent(): void {
  unsent = undefined;
}

/** Runs the pipeline in this process with the environment's options. */
export const runPipeline: RunPublish = async (log, changedPaths) => {
  const options = publishOptionsFromEnvironment(process.env, { log, warn: log });
  const paths = pathsToLookAt(changedPaths);
  const run = { ...options, ...(paths ? { changedPaths: paths } : {}) };
  try {
    // The desk lives long: one Contentlayer process types all its publishes
    // (DATELINE_TYPING_WORKER=off starts one per publish, as `npm run publish` does).
    const result =
      readEnv('DATELINE_TYPING_WORKER') === 'off'
        ? await publish(run)
        : await publish({ ...run, typingWorker: sharedTypingWorker(options) });
    publishEnded(paths, false);
    return result;
  } catch (error) {
    publishEnded(paths, true);
    throw error;
  }
};

/**
 * Starts the typing worker and has it type one story already on the site (the result is thrown
 * away), so the first Publish pressed after the desk starts does not pay for starting Node,
 * Contentlayer and the MDX compiler (about 4 s at 20,000 stories; 0.3 s once warm).
 */
export async function warmPipeline(log: (line: string) => void): Promise<void> {
  if (readEnv('DATELINE_TYPING_WORKER') === 'off') return;
  const options = publishOptionsFromEnvironment(process.env, { log, warn: log });
  await warmTypingWorker(sharedTypingWorker(options), options, log);
}

/** Has the worker type one story of the newest year folder, and lets the result go. */
export async function warmTypingWorker(
  worker: TypingWorker,
  folders: { root: string; contentDir: string; publicDir: string },
  log: (line: string) => void,
): Promise<void> {
  const article = newestYearsArticle(folders.contentDir);
  const started = performance.now();
  const warmUp = await typeSubset({ ...folders, articles: article ? [article] : [], worker, log });
  // The worker types one request at a time and waits for each result to be let go: a warm-up
  // that kept its result would hold every later publish forever.
  warmUp.remove();
  log(`The typing worker is ready (${((performance.now() - started) / 1000).toFixed(2)} s).`);
}

/** One article file of the newest year folder (articles/<year>/<slug>.mdx), without listing the archive. */
function newestYearsArticle(contentDir: string): string | undefined {
  const articles = path.join(contentDir, 'articles');
  if (!existsSync(articles)) return undefined;
  const years = readdirSync(articles)
    .filter((name) => /^\d{4}$/.test(name))
    .sort()
    .reverse();
  for (const year of years) {
    const file = readdirSync(path.join(articles, year)).find((name) => name.endsWith('.mdx'));
    if (file) return `articles/${year}/${file}`;
  }
  return undefined;
}
