/**
 * Contentlayer over a few files: the articles a publish changes, plus every author, section
 * and page (few and small), in a scratch folder of symbolic links. Contentlayer stays the one
 * thing that types content (docs/decisions/023), but it never holds more than these files, so
 * a publish costs the same on an archive of 100 stories or 100,000. Its output is read with
 * the same code as a full build's (lib/build/store-writer.ts typedRecords).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { subsetTypingEnv } from './subset-typing-env';
import { TypingWorkerGone } from './typing-worker';

/** A long-lived Contentlayer to type in: the desk's worker (./typing-worker.ts) or the command's daemon (./typing-daemon.ts). */
export interface Typist {
  readonly scratch: string;
  take: () => Promise<() => void>;
  type: () => Promise<number>;
}

export interface TypedSubset {
  /** Contentlayer's `generated` folder for the subset. */
  generatedDir: string;
  remove: () => void;
}

export async function typeSubset(options: {
  root: string;
  contentDir: string;
  publicDir: string;
  /** Article paths inside the content folder (articles/2026/x.mdx). */
  articles: string[];
  /**
   * A folder to keep between runs (a build's shard), so Contentlayer's cache there skips the
   * files that did not change; a fresh temporary folder when not given.
   */
  scratch?: string;
  /** Authors, sections or pages (paths inside the content folder) to leave out: a publish refused them. */
  leaveOut?: string[];
  /**
   * false: type the articles alone, without the authors, sections and pages, when none of them
   * changed. No computed field reads another document, so the articles' records are the same; a
   * long-lived Contentlayer then does not go over the shared files each time (0.35 s for the 212 of
   * the 100,000-story corpus, against 0.05 s without them).
   */
  shared?: boolean;
  /**
   * A long-lived Contentlayer to type in (the desk's worker, ./typing-worker.ts, or the publish
   * command's daemon, ./typing-daemon.ts), instead of starting one for this call; if it has
   * stopped, this call starts its own and says so in `log`.
   */
  worker?: Typist;
  log?: (line: string) => void;
}): Promise<TypedSubset> {
  if (options.worker) {
    const free = await options.worker.take();
    try {
      linkSubset(options, options.worker.scratch);
      await options.worker.type();
      return { generatedDir: path.join(options.worker.scratch, '.contentlayer', 'generated'), remove: free };
    } catch (error) {
      free();
      if (!(error instanceof TypingWorkerGone)) throw error;
      (options.log ?? console.warn)(`Typing with a Contentlayer process of its own: ${error.message.split('\n')[0]}.`);
    }
  }
  const scratch = options.scratch ?? mkdtempSync(path.join(tmpdir(), 'dateline-publish-'));
  const remove = () => {
    if (!options.scratch) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    linkSubset(options, scratch);
    await run(options.root, scratch, options.publicDir);
    return { generatedDir: path.join(scratch, '.contentlayer', 'generated'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The scratch folder's `content` (links to the subset) and `node_modules` (a link to the site's). */
function linkSubset(
  options: { root: string; contentDir: string; articles: string[]; leaveOut?: string[]; shared?: boolean },
  scratch: string,
): void {
  const content = path.join(scratch, 'content');
  // The links are made again each time; their targets' times are what Contentlayer's cache compares.
  rmSync(content, { recursive: true, force: true });
  rmSync(path.join(scratch, 'node_modules'), { force: true });
  mkdirSync(path.join(content, 'articles'), { recursive: true });
  mkdirSync(path.join(content, 'live'), { recursive: true });
  const leaveOut = new Set(options.leaveOut ?? []);
  for (const folder of ['authors', 'sections', 'pages']) {
    const source = path.join(options.contentDir, folder);
    if (options.shared === false) {
      mkdirSync(path.join(content, folder));
      continue;
    }
    const held = [...leaveOut].some((file) => file.startsWith(`${folder}/`));
    if (!held) {
      symlinkSync(source, path.join(content, folder));
      continue;
    }
    // One link per file, so the files left out keep the version the store has.
    mkdirSync(path.join(content, folder));
    for (const name of readdirSync(source)) {
      if (!leaveOut.has(`${folder}/${name}`)) symlinkSync(path.join(source, name), path.join(content, folder, name));
    }
  }
  // A live blog (live/<yyyy>/<slug>/index.mdx) is typed with every post in its folder: the
  // folder itself is linked.
  const files = options.articles.map((article) => (article.startsWith('live/') ? path.dirname(article) : article));
  const folders = new Set(files.map((file) => path.dirname(file)));
  for (const folder of folders) mkdirSync(path.join(content, folder), { recursive: true });
  for (const file of files) symlinkSync(path.join(options.contentDir, file), path.join(content, file));
  // The compiled config imports contentlayer2 and the site's libraries from the scratch folder.
  symlinkSync(path.join(options.root, 'node_modules'), path.join(scratch, 'node_modules'));
}

function run(root: string, scratch: string, publicDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'scripts', 'pipeline', 'contentlayer.mjs'),
        'build',
        '--config',
        path.join(root, 'contentlayer.config.ts'),
      ],
      {
        cwd: scratch,
        env: subsetTypingEnv(scratch, publicDir),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // Contentlayer prints "Generated N documents" on success and exits 0 even on some failures.
      if (status === 0 && /Generated \d+ documents?/.test(output)) resolve();
      else reject(new Error(`Contentlayer failed on the files to publish (exit ${status}):\n${output.trim()}`));
    });
  });
}
