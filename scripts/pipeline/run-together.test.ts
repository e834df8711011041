import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { runTogether, type Step } from './run-together';

const node = (name: string, script: string): Step => ({
  name,
  command: process.execPath,
  args: ['-e', script],
  piped: true,
});

describe('runTogether', () => {
  it('succeeds when every step succeeds, having run them at the same time', async () => {
    // Each step marks that it started, then waits (10 s at most) for the other's mark: one after
    // the other, the first would never see the second's and would fail.
    const dir = mkdtempSync(path.join(tmpdir(), 'run-together-'));
    const meets = (mine: string, other: string) =>
      node(
        mine,
        `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(path.join(dir, mine))}, '');` +
          `const until = Date.now() + 10000; const wait = () => fs.existsSync(${JSON.stringify(path.join(dir, other))})` +
          ` ? process.exit(0) : Date.now() > until ? process.exit(4) : setTimeout(wait, 20); wait();`,
      );
    try {
      expect(await runTogether([meets('a', 'b'), meets('b', 'a')], process.env)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the other steps when one fails, and fails with its exit code and name', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started = performance.now();
    const code = await runTogether(
      [node('search index', 'process.exit(3)'), node('next build', 'setTimeout(() => {}, 20000)')],
      process.env,
    );
    expect(code).toBe(3);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(errors.mock.calls.flat().join('\n')).toContain('search index failed (exit code 3)');
    errors.mockRestore();
  });

  it('fails when a step cannot be started at all', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await runTogether(
      [{ name: 'missing', command: '/nonexistent/command', args: [], piped: true }],
      process.env,
    );
    expect(code).toBe(1);
    errors.mockRestore();
  });
});
