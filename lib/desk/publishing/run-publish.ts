/**
 * The one place the desk meets the publish pipeline (lib/publish/publish.ts), in-process.
 *
 * Adapter: the desk is written against the pipeline's per-file result (`refused` lists each
 * refused file with its problems, and the valid changes still go out). Today's pipeline refuses
 * the whole publish with problems as text lines; `deskResultOf` turns that into the new shape.
 * The lead simplifies this file once the per-file pipeline and lib/publish/from-environment.ts land.
 */
import path from 'node:path';

import { searchDocumentsFor } from '../../content';
import { contentDir, publicDir } from '../../paths';
import { publish, type PublishOptions, type PublishResult as PipelineResult } from '../../publish/publish';
import { updateSearchDelta } from '../../search/search-delta';
import type { Problem } from '../../validation/problem';

export interface RefusedFile {
  /** Path inside the content folder. */
  file: string;
  problems: Problem[];
}

export type DeskPublishResult =
  | {
      status: 'published';
      added: string[];
      updated: string[];
      removed: string[];
      revalidated: number;
      refused: RefusedFile[];
    }
  | { status: 'nothing'; refused: RefusedFile[] }
  | { status: 'refused'; problems: string[]; refused: RefusedFile[] };

export type RunPublish = (log: (line: string) => void) => Promise<DeskPublishResult>;

/** The reader servers from DATELINE_SERVERS / DATELINE_SERVER, as `npm run publish` reads them. */
export function readerServers(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const servers = (env.DATELINE_SERVERS ?? env.DATELINE_SERVER ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return servers.length > 0 ? servers : ['http://127.0.0.1:3000'];
}

/** PublishOptions from the environment, as scripts/pipeline/publish.ts builds them. */
export function publishOptionsFromEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
  log: (line: string) => void = () => undefined,
): PublishOptions {
  const secret = env.DATELINE_PUBLISH_SECRET;
  if (!secret) {
    throw new Error(
      'the desk cannot publish: DATELINE_PUBLISH_SECRET is not set — set it to the secret the running server (npm start) was started with',
    );
  }
  const [server = 'http://127.0.0.1:3000', ...otherServers] = readerServers(env);
  return {
    root: process.cwd(),
    contentDir: contentDir(),
    publicDir: publicDir(),
    server,
    otherServers,
    secret,
    log,
    warn: log,
    updateSearch: ({ upsert, remove }) =>
      updateSearchDelta({ upsert: searchDocumentsFor(upsert.map((url) => url.split('/').pop() ?? '')), remove }),
  };
}

/** Runs the pipeline in this process with the environment's options. */
export const runPipeline: RunPublish = async (log) => {
  const options = publishOptionsFromEnvironment(process.env, log);
  return deskResultOf(await publish(options), options.root, options.contentDir);
};

/** The pipeline's answer in the per-file shape. */
export function deskResultOf(
  result: PipelineResult | DeskPublishResult,
  root: string,
  contentFolder: string,
): DeskPublishResult {
  if ('refused' in result) return result;
  if (result.status !== 'refused') return { ...result, refused: [] };
  const prefix = path.relative(root, contentFolder).split(path.sep).join('/');
  const byFile = new Map<string, Problem[]>();
  for (const line of result.problems) {
    const problem = problemOfLine(line);
    const file = problem.file.startsWith(`${prefix}/`) ? problem.file.slice(prefix.length + 1) : problem.file;
    byFile.set(file, [...(byFile.get(file) ?? []), problem]);
  }
  return { ...result, refused: [...byFile].map(([file, problems]) => ({ file, problems })) };
}

/** Reads back a line formatProblem wrote: `path[:line]: field: what is wrong — how to fix`. */
export function problemOfLine(line: string): Problem {
  const match = /^(.+?\.(?:mdx|ya?ml|json))(?::(\d+))?: ([^:\s]+): (.*?)(?: — (.*))?$/s.exec(line);
  if (!match) return { file: '', field: 'file', message: line, fix: '' };
  const [, file = '', lineNumber, field = '', message = '', fix = ''] = match;
  return { file, ...(lineNumber ? { line: Number(lineNumber) } : {}), field, message, fix };
}
