/**
 * Reusing body checks must never hide a problem: a broken body is reported again from the
 * cache, and a body that changed is checked afresh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { cachedBodyChecker } from './body-cache';

const temp = mkdtempSync(path.join(tmpdir(), 'dateline-body-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const cacheFile = path.join(temp, 'check-cache.json');
const FILE = 'content/articles/2026/story.mdx';

async function run(body: string) {
  const checker = cachedBodyChecker(cacheFile, temp);
  const report = await checker.check(FILE, body, 8);
  checker.save();
  return report.problems.map((problem) => `${problem.line}: ${problem.message}`);
}

describe('cached body checks', () => {
  it('reports a broken body again on the next run', async () => {
    const broken = 'Text.\n\n<Widget />\n';
    const first = await run(broken);
    expect(first).toEqual(['10: uses the unknown component <Widget>']);
    expect(await run(broken)).toEqual(first);
  });

  it('checks a changed body afresh', async () => {
    expect(await run('Text.\n\n<Widget />\n')).toHaveLength(1);
    expect(await run('Text.\n\n<PullQuote cite="A">B</PullQuote>\n')).toEqual([]);
    expect(await run('Text {code}.\n')).toEqual(['8: {code} is code, which articles may not contain']);
  });
});
