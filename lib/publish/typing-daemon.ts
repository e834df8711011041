/**
 * The publish command's side of its typing daemon (scripts/pipeline/typing-daemon.mjs,
 * docs/decisions/057): a Contentlayer that outlives one `npm run publish`, so the next publish
 * types its stories without loading Contentlayer again (2.5–4 s of a 100,000-story publish's
 * 5 s on this machine).
 *
 * The daemon works in the project's .dateline/typing folder: ./typed-subset.ts links the files
 * to type there, as it does for the desk's worker (./typing-worker.ts), and this asks the daemon
 * over a Unix socket. No daemon listening (the first publish, or one idle for 10 minutes): one is
 * started and waited for. A daemon started for other code, folders or clock answers "stale" and
 * leaves; a new one is started. Anything else that goes wrong with the daemon (it cannot start,
 * it dies while typing, it never answers) throws TypingWorkerGone, and the publish types with a
 * process of its own, as it did before the daemon.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { readEnv } from '../env';
import { subsetTypingEnv } from './subset-typing-env';
import { Turns } from './turns';
import type { Typist } from './typed-subset';
import { TypingWorkerGone } from './typing-worker';

/** Longer than loading Contentlayer has taken on a loaded machine, short of forever. */
const START_TIMEOUT_MS = 120_000;
/** Longer than any publish's typing has taken on a loaded machine, as the desk's worker allows. */
const STUCK_AFTER_MS = 5 * 60 * 1000;
/** Unix socket paths are cut at 104–108 bytes; a deeper project puts its socket in the temporary folder. */
const SOCKET_PATH_MAX = 100;

type Answer = { ok: true; documents: number } | { ok: false; error: string } | { stale: true };

export class TypingDaemon implements Typist {
  readonly scratch: string;
  readonly socketPath: string;
  private readonly key: string;
  private readonly turns = new Turns();

  /** How many daemons this object has started (tests hold it to what they expect). */
  starts = 0;

  constructor(
    private readonly options: {
      root: string;
      contentDir: string;
      publicDir: string;
      /** The daemon's folder; the project's .dateline/typing when not given. */
      scratch?: string;
    },
  ) {
    this.scratch = options.scratch ?? path.join(options.root, '.dateline', 'typing');
    const inScratch = path.join(this.scratch, 'daemon.sock');
    this.socketPath =
      inScratch.length <= SOCKET_PATH_MAX
        ? inScratch
        : path.join(tmpdir(), `dateline-typing-${hash(options.root).slice(0, 16)}.sock`);
    this.key = daemonKey(options);
    mkdirSync(this.scratch, { recursive: true });
  }

  /** Waits for the previous request's result to be read; the returned function frees the folder. */
  take(): Promise<() => void> {
    return this.turns.take();
  }

  /** Types the folder's links; resolves with Contentlayer's document count. */
  async type(): Promise<number> {
    let answer = await this.ask().catch(async (error: unknown) => {
      if (error instanceof TypingWorkerGone) throw error;
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'ENOENT' && code !== 'ECONNREFUSED') throw gone(`did not answer (${message})`);
      await this.start();
      return this.ask();
    });
    if ('stale' in answer) {
      await this.start();
      answer = await this.ask();
    }
    if ('stale' in answer) throw gone('was started for other code and did not leave');
    if (!answer.ok) throw new Error(`Contentlayer failed on the files to publish:\n${answer.error}`);
    return answer.documents;
  }

  /** One request on a new connection: rejects with the socket's error code when nobody listens. */
  private ask(): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const socket = net.connect(this.socketPath);
      let received = '';
      const stuck = setTimeout(() => socket.destroy(gone('never answered')), STUCK_AFTER_MS);
      socket.setEncoding('utf8');
      socket.on('connect', () => socket.write(`${JSON.stringify({ key: this.key })}\n`));
      socket.on('data', (chunk: string) => (received += chunk));
      socket.on('error', (error) => {
        clearTimeout(stuck);
        reject(error);
      });
      socket.on('close', () => {
        clearTimeout(stuck);
        const line = received.split('\n')[0];
        if (!line) reject(gone(`closed the connection without an answer${this.logTail()}`));
        else resolve(JSON.parse(line) as Answer);
      });
    });
  }

  /** Starts a daemon and waits until it listens; throws TypingWorkerGone if it exits first. */
  private async start(): Promise<void> {
    const { root, publicDir } = this.options;
    const log = openSync(this.logFile, 'w');
    let child: ChildProcess;
    try {
      child = spawn(
        process.execPath,
        [
          path.join(root, 'scripts', 'pipeline', 'typing-daemon.mjs'),
          path.join(root, 'contentlayer.config.ts'),
          this.socketPath,
          this.key,
        ],
        {
          cwd: this.scratch,
          detached: true,
          stdio: ['ignore', log, log],
          env: subsetTypingEnv(this.scratch, publicDir),
        },
      );
    } finally {
      closeSync(log);
    }
    this.starts++;
    child.unref();
    let exited: string | undefined;
    child.on('exit', (code, signal) => (exited = `exited (${code ?? signal})`));
    child.on('error', (error) => (exited = `could not start (${error.message})`));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (exited) throw gone(`${exited}${this.logTail()}`);
      if (existsSync(this.socketPath) && (await this.listening())) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    throw gone(`did not start within ${START_TIMEOUT_MS / 1000} s${this.logTail()}`);
  }

  private listening(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = net.connect(this.socketPath);
      socket.on('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
  }

  /** The listening daemon's process id, from its log (undefined before one started here). */
  get pid(): number | undefined {
    const found = existsSync(this.logFile)
      ? /typing daemon (\d+) listens/.exec(readFileSync(this.logFile, 'utf8'))
      : null;
    return found ? Number(found[1]) : undefined;
  }

  private get logFile(): string {
    return path.join(this.scratch, 'daemon.log');
  }

  private logTail(): string {
    const text = existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').trim() : '';
    return text ? `:\n${text.split('\n').slice(-20).join('\n')}` : '';
  }
}

const gone = (why: string) => new TypingWorkerGone(`the typing daemon ${why}`);

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What the daemon's typing depends on besides the files it types: the folders, the clock and
 * preview settings the config reads, and every source file Contentlayer's config is compiled
 * from (their sizes and times: a deploy or an edit of lib/ starts a new daemon).
 */
export function daemonKey(options: { root: string; contentDir: string; publicDir: string }): string {
  const { root } = options;
  const sources = [
    'contentlayer.config.ts',
    'package-lock.json',
    'scripts/pipeline/contentlayer-typist.mjs',
    'scripts/pipeline/typing-daemon.mjs',
    ...filesUnder(root, 'lib'),
  ];
  const stamps = sources.map((file) => {
    const full = path.join(root, file);
    if (!existsSync(full)) return `${file}:-`;
    const stat = statSync(full);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  });
  const settings = [`now=${readEnv('DATELINE_NOW') ?? ''}`, `preview=${String(readEnv('DATELINE_PREVIEW'))}`];
  return hash(
    [
      path.resolve(root),
      path.resolve(options.contentDir),
      path.resolve(options.publicDir),
      ...settings,
      ...stamps,
    ].join('\0'),
  );
}

function filesUnder(root: string, folder: string): string[] {
  const full = path.join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.[cm]?[jt]sx?$/.test(name) && !/\.test\.[cm]?[jt]sx?$/.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}
