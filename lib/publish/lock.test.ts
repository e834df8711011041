import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { currentHolder, LockHeld, takeLock } from './lock';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dateline-lock-'));
  file = path.join(dir, 'publish.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const linux = existsSync('/proc/self/stat');

describe('the publish lock', () => {
  it('is taken once: a second taker is told who holds it, and it can be taken again once given back', () => {
    const release = takeLock(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(currentHolder());
    expect(() => takeLock(file)).toThrow(LockHeld);
    expect(() => takeLock(file)).toThrow(`process ${process.pid}`);
    release();
    expect(existsSync(file)).toBe(false);
    takeLock(file)();
  });

  it('is taken over from a process that is gone (kill -9)', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const pid = child.pid as number;
    writeFileSync(file, JSON.stringify({ ...currentHolder(), pid, started: '' }));
    expect(() => takeLock(file)).toThrow(LockHeld);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const release = takeLock(file);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid).toBe(process.pid);
    release();
  });

  it.runIf(linux)(
    'is taken over when its pid now belongs to another process (a recycled pid, a container rerun)',
    () => {
      // This very process's pid, but not its start time: the holder was an earlier process with the same pid.
      writeFileSync(file, JSON.stringify({ ...currentHolder(), started: '1' }));
      takeLock(file)();
      // Or written before the machine last booted.
      writeFileSync(file, JSON.stringify({ ...currentHolder(), boot: 'an-earlier-boot' }));
      takeLock(file)();
    },
  );

  it('goes to exactly one of many takers started together', async () => {
    const script = `
      import { takeLock } from ${JSON.stringify(path.resolve('lib/publish/lock.ts'))};
      try { takeLock(${JSON.stringify(file)}); console.log('took'); setTimeout(() => {}, 1500); }
      catch (error) { console.log(error.constructor.name); }`;
    const runs = Array.from(
      { length: 6 },
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('exit', () => resolve(out.trim()));
        }),
    );
    // A stale lock left by a killed publish makes the race harder: every taker tries to break it.
    writeFileSync(file, JSON.stringify({ pid: 999_999_999, boot: '', started: '' }));
    const outcomes = await Promise.all(runs);
    expect(outcomes.filter((outcome) => outcome === 'took')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'LockHeld')).toHaveLength(5);
  }, 30_000);
});
