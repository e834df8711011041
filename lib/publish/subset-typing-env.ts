/**
 * The environment of a Contentlayer that types a publish's subset in a scratch folder: the
 * one-shot process (./typed-subset.ts), the desk's worker (./typing-worker.ts) and the command's
 * daemon (./typing-daemon.ts). Contentlayer takes its working folder from PWD; the config reads
 * CONTENT_DIR and PUBLIC_DIR when it loads, and writes no store for a subset.
 */
import path from 'node:path';

export function subsetTypingEnv(scratch: string, publicDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PWD: scratch,
    CONTENT_DIR: path.join(scratch, 'content'),
    PUBLIC_DIR: publicDir,
    DATELINE_CONTENTLAYER_SUBSET: '1',
  };
}
