/**
 * Peak memory of a process tree, read from /proc (Linux). The kernel keeps each process's own
 * high-water mark (VmHWM), so a short-lived worker's peak is caught as long as one sample
 * lands while it is alive; the tree total is the sum of current RSS at each sample.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeak {
  /** Largest single-process peak RSS, bytes. */
  largest: number;
  /** Command line of that process, shortened. */
  largestCommand: string;
  /** Largest sum of RSS over the whole tree at one moment, bytes. */
  tree: number;
}

const kib = (status: string, key: string) =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Parent of every process, from /proc/<pid>/stat (the command name may contain spaces). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    map.set(Number(entry), ppid);
  }
  return map;
}

function descendants(root: number): number[] {
  const parentOf = parents();
  const found = [root];
  // for…of also visits the children pushed during the loop, so the walk goes all the way down.
  for (const parent of found) {
    for (const [pid, ppid] of parentOf) if (ppid === parent) found.push(pid);
  }
  return found;
}

function shortCommand(pid: number): string {
  const argv = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const text = argv.map((arg) => (arg.includes('/') ? arg.split('/').slice(-2).join('/') : arg)).join(' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** Samples the tree under `root` every `intervalMs` until stopped; returns the peaks. */
export function watchMemory(root: number, intervalMs = 250): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { largest: 0, largestCommand: '', tree: 0 };
  const sample = () => {
    let total = 0;
    for (const pid of descendants(root)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      total += kib(status, 'VmRSS');
      const hwm = kib(status, 'VmHWM');
      if (hwm > peak.largest) {
        peak.largest = hwm;
        peak.largestCommand = shortCommand(pid);
      }
    }
    peak.tree = Math.max(peak.tree, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
