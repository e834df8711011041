import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { validateContent } from '../validation/validate-content';
import { describeHeldBack, heldBack } from './held-back';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-held-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (relative: string, fields: string) => {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `---\n${fields}\n---\n\nText.\n`);
};
write('articles/2026/out.mdx', 'title: "Out"\ndate: 2026-11-01T09:00:00+00:00');
write('articles/2026/quiet.mdx', 'title: "Quiet"\ndate: 2026-11-01T09:00:00+00:00\ndraft: true');
write('articles/2027/later.mdx', 'title: "Later"\ndate: 2027-01-02T07:00:00+00:00');
write('articles/2026/soon.mdx', 'title: "Soon"\ndate: 2026-12-01T07:00:00+00:00');

describe('heldBack', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('finds the same stories from the frontmatter the content check has parsed', async () => {
    const checked = await validateContent({
      contentDir: dir,
      publicDir: dir,
      now,
      checkBody: () => Promise.resolve({ uses: [], problems: [] }),
    });
    expect(checked.held).toEqual(heldBack(dir, now));
    expect(checked.held).toHaveLength(3);
  });

  it('finds drafts and embargoed stories, with when each embargo lifts', () => {
    expect(heldBack(dir, now)).toEqual([
      { file: 'articles/2026/quiet.mdx', title: 'Quiet', state: 'draft' },
      { file: 'articles/2026/soon.mdx', title: 'Soon', state: 'embargoed', until: '2026-12-01T07:00:00+00:00' },
      { file: 'articles/2027/later.mdx', title: 'Later', state: 'embargoed', until: '2027-01-02T07:00:00+00:00' },
    ]);
  });

  it('tells the build log which stories wait and when they go live, soonest first', () => {
    const lines = describeHeldBack(heldBack(dir, now), (iso) => `<${iso}>`);
    expect(lines[0]).toBe('Held back 3 stories (not in this build):');
    expect(lines[1]).toContain('embargoed until <2026-12-01T07:00:00+00:00>: "Soon"');
    expect(lines[2]).toContain('embargoed until <2027-01-02T07:00:00+00:00>: "Later"');
    expect(lines[3]).toContain('draft: "Quiet" (articles/2026/quiet.mdx) — published when draft: true is removed');
  });

  it('holds nothing back once every embargo has passed', () => {
    expect(heldBack(dir, new Date('2027-02-01T00:00:00Z')).map((story) => story.title)).toEqual(['Quiet']);
    expect(describeHeldBack([], String)).toEqual([]);
  });
});
