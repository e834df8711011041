/**
 * The content check shows its progress on stderr (lib/progress.ts): run on a generated corpus
 * with the interval at 0 ms, so every file prints a line, whatever the machine's speed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { writeCorpus } from '../bench/corpus';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-progress-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (contentDir: string, every: string) =>
  spawnSync(tsx, ['scripts/pipeline/check-content.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, DATELINE_STATUS_DIR: temp, DATELINE_PROGRESS_EVERY_MS: every },
    encoding: 'utf8',
  });

describe('npm run check:content on a 300-article corpus, output not a terminal', () => {
  const content = path.join(temp, 'content');
  const files = writeCorpus(content, 300, 7, false, path.join(root, 'public'));

  it('prints plain progress lines on stderr, then a final line, and keeps stdout to the verdict', () => {
    const result = run(content, '0');
    expect(result.status).toBe(0);
    const lines = result.stderr.split('\n').filter(Boolean);
    const periodic = lines.filter((line) => /^Checking content: [\d,]+ of [\d,]+ \(\d+ %\)/.test(line));
    // One line a file at a 0 ms interval; the last one says all were checked.
    expect(periodic).toHaveLength(files);
    expect(periodic.at(-1)).toMatch(
      new RegExp(
        `^Checking content: ${files.toLocaleString('en-US')} of ${files.toLocaleString('en-US')} \\(100 %\\), [\\d.,]+/s, about 0 s left$`,
      ),
    );
    expect(lines.at(-1)).toMatch(new RegExp(`^Checking content: ${files.toLocaleString('en-US')} done in \\d+`));
    expect(result.stderr).not.toContain('\r');
    expect(result.stdout).not.toContain('Checking content:');
    expect(result.stdout).toMatch(/Content check passed: 300 articles/);
  }, 120_000);

  it('prints nothing on stderr when the check ends within the interval', () => {
    const result = run(content, '600000');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  }, 120_000);
});
