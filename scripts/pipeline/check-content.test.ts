/**
 * The command the build runs first: it must fail loudly on bad content and pass the sample.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (contentDir: string) =>
  spawnSync(tsx, ['scripts/pipeline/check-content.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, DATELINE_STATUS_DIR: temp },
    encoding: 'utf8',
  });

describe('npm run check:content', () => {
  it('passes the sample publication', () => {
    const result = run(path.join(root, 'content'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Content check passed: \d+ articles/);
  }, 30_000);

  it('exits non-zero listing each broken file with its field', () => {
    const content = path.join(temp, 'content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    const broken = path.join(content, 'articles/2026/broken-story.mdx');
    writeFileSync(
      broken,
      '---\ntitle: "A story"\ndek: "x."\ndate: 2026-11-01T09:00:00\nsection: world\nauthors: [nobody]\n---\n\nText.\n',
    );
    const result = run(content);
    expect(result.status).toBe(1);
    const file = path.relative(root, broken);
    expect(result.stderr).toContain(`${file}:4: date: "2026-11-01T09:00:00" has no UTC offset`);
    expect(result.stderr).toContain(`${file}:6: authors[1]: "nobody" is not an author`);
    expect(result.stderr).toMatch(/Content check failed: 2 problems in 1 file .*Nothing was built\./);
  }, 30_000);
});
