/**
 * One publish at a time (docs/decisions/037-publish-journal-and-lock.md): two would each merge
 * into the store the other is replacing.
 *
 * The lock is a file, created whole or not at all (written aside, then hard-linked into place, which
 * fails if it exists), holding who took it: the process id, the machine's boot
 * id and the process's start time (Linux /proc). A lock whose holder is not that same process any
 * more (killed with -9, the machine rebooted, or the id recycled, as in a container where the next
 * run gets the same pid) is stale and is taken over. Taking over goes through a second such file
 * (the breaker), so of two publishers that find the same stale lock only one removes it: the other
 * then sees the new holder, alive, and stops. Without /proc (macOS) a lock is stale when its pid is
 * not running.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Holder {
  pid: number;
  /** /proc/sys/kernel/random/boot_id, or '' where there is none. */
  boot: string;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot), or '' where there is none. */
  started: string;
}

export class LockHeld extends Error {
  constructor(
    readonly file: string,
    readonly holder: Holder,
  ) {
    super(`another publish is running (process ${holder.pid}); try again when it has finished`);
  }
}

const readOr = (file: string, fallback: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return fallback;
  }
};

/** When a process started, in clock ticks after boot; '' when unknown. */
export function startTimeOf(pid: number): string {
  const stat = readOr(path.join('/proc', String(pid), 'stat'), '');
  // The command name (field 2) is in parentheses and may hold spaces: count after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? '';
}

export const bootId = () => readOr('/proc/sys/kernel/random/boot_id', '');

export function currentHolder(): Holder {
  return { pid: process.pid, boot: bootId(), started: startTimeOf(process.pid) };
}

/** Whether the process that wrote `holder` is still running (not merely a process with its pid). */
export function isAlive(holder: Holder): boolean {
  if (holder.boot && holder.boot !== bootId()) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: running, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !holder.started || holder.started === startTimeOf(holder.pid);
}

function readHolder(file: string): Holder | undefined {
  const text = readOr(file, '');
  if (text === '') return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    return { pid: Number(parsed.pid), boot: parsed.boot ?? '', started: parsed.started ?? '' };
  } catch {
    // Written by an older publish: just the pid.
    return { pid: Number(text), boot: '', started: '' };
  }
}

/** Creates `file` with this process as holder, whole or not at all (written aside, then hard-linked: link fails if it exists). */
function create(file: string): boolean {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, JSON.stringify(currentHolder()));
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Takes the lock or throws LockHeld; returns the function that gives it back. */
export function takeLock(file: string): () => void {
  const breaker = `${file}.break`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(file)) return () => rmSync(file, { force: true });
    const holder = readHolder(file);
    if (holder === undefined) continue; // Given back just now.
    if (isAlive(holder)) throw new LockHeld(file, holder);
    // Stale: break it under the breaker, and only if it is still the same stale lock.
    if (!create(breaker)) {
      const breaking = readHolder(breaker);
      if (breaking && !isAlive(breaking)) rmSync(breaker, { force: true });
      continue;
    }
    try {
      const again = readHolder(file);
      if (again && JSON.stringify(again) === JSON.stringify(holder)) rmSync(file, { force: true });
      else if (again && isAlive(again)) throw new LockHeld(file, again);
    } finally {
      rmSync(breaker, { force: true });
    }
  }
  throw new Error(`cannot take the publish lock ${file}: it keeps changing hands; try again`);
}
