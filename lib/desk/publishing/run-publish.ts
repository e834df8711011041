/**
 * The one place the desk meets the publish pipeline (lib/publish/publish.ts), in-process, with
 * the options `npm run publish` builds from the environment (lib/publish/from-environment.ts).
 * The pipeline answers per file: each refused file with its problems, while every valid change
 * still goes out (docs/decisions/037).
 */
import { publishOptionsFromEnvironment } from '../../publish/from-environment';
import { publish, type PublishResult, type RefusedFile } from '../../publish/publish';
import { sharedTypingWorker } from '../../publish/typing-worker';

export type { RefusedFile };
export type DeskPublishResult = PublishResult;

export type RunPublish = (log: (line: string) => void) => Promise<DeskPublishResult>;

/** The reader servers from DATELINE_SERVERS / DATELINE_SERVER, as `npm run publish` reads them. */
export function readerServers(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const servers = (env.DATELINE_SERVERS ?? env.DATELINE_SERVER ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return servers.length > 0 ? servers : ['http://127.0.0.1:3000'];
}

/** Runs the pipeline in this process with the environment's options. */
export const runPipeline: RunPublish = (log) => {
  const options = publishOptionsFromEnvironment(process.env, { log, warn: log });
  // The desk lives long: one Contentlayer process types all its publishes
  // (DATELINE_TYPING_WORKER=off starts one per publish, as `npm run publish` does).
  if (process.env.DATELINE_TYPING_WORKER === 'off') return publish(options);
  return publish({ ...options, typingWorker: sharedTypingWorker(options) });
};
