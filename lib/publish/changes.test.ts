import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { validateContent } from '../validation/validate-content';
import { findChanges, visibleArticles } from './changes';
import { fileRowsOf } from './file-rows-of';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const article = (title: string, body = 'Text.', extra = '') =>
  `---\ntitle: "${title}"\ndek: "A standfirst."\ndate: 2026-11-20T09:00:00+00:00\nsection: uk\nbyline: "Wire staff"\n${extra}---\n\n${body}\n`;

describe('what a publish looks at', () => {
  it('finds edited, new and deleted files, and the stories whose ALSO READ names them', async () => {
    write('sections/uk.yaml', 'title: UK\ndescription: News from the UK.\norder: 1\nnav: true\n');
    write('articles/2026/target.mdx', article('Target'));
    write('articles/2026/linker.mdx', article('Linker', 'Text.\n\n<AlsoRead slug="target" />'));
    write('articles/2026/quiet.mdx', article('Quiet'));
    write('articles/2026/gone.mdx', article('Gone'));
    const { files, problems } = await validateContent({ contentDir: dir, publicDir: dir, rootDir: dir });
    expect(problems).toEqual([]);

    write('articles/2026/target.mdx', article('Target, corrected'));
    write('articles/2026/new.mdx', article('New'));
    rmSync(path.join(dir, 'articles/2026/gone.mdx'));
    // Touched but not changed: hashed, found equal, not published again.
    utimesSync(path.join(dir, 'articles/2026/quiet.mdx'), new Date(), new Date('2026-11-29T00:00:00Z'));

    const changes = await findChanges(dir, fileRowsOf(files));
    expect(changes.edited.sort()).toEqual(['articles/2026/new.mdx', 'articles/2026/target.mdx']);
    expect(changes.deleted).toEqual(['articles/2026/gone.mdx']);
    expect([...changes.toCheck].sort()).toEqual([
      'articles/2026/linker.mdx',
      'articles/2026/new.mdx',
      'articles/2026/target.mdx',
    ]);
    expect(changes.sharedChanged).toBe(false);
  });

  it('looks only at the files it is told of, when told, and takes the rest as the manifest has them', async () => {
    const only = mkdtempSync(path.join(tmpdir(), 'dateline-changes-only-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(only, file)), { recursive: true });
      writeFileSync(path.join(only, file), text);
    };
    try {
      put('sections/uk.yaml', 'title: UK\ndescription: News from the UK.\norder: 1\nnav: true\n');
      put('articles/2026/target.mdx', article('Target'));
      put('articles/2026/linker.mdx', article('Linker', 'Text.\n\n<AlsoRead slug="target" />'));
      put('articles/2026/elsewhere.mdx', article('Elsewhere'));
      put('articles/2026/gone.mdx', article('Gone'));
      const { files, problems } = await validateContent({ contentDir: only, publicDir: only, rootDir: only });
      expect(problems).toEqual([]);

      put('articles/2026/target.mdx', article('Target, corrected'));
      put('articles/2026/new.mdx', article('New'));
      rmSync(path.join(only, 'articles/2026/gone.mdx'));
      // Changed by someone else: not named, so not looked at (the full scan below finds it).
      put('articles/2026/elsewhere.mdx', article('Elsewhere, edited'));

      const named = await findChanges(only, fileRowsOf(files), [
        'articles/2026/target.mdx',
        'articles/2026/new.mdx',
        'articles/2026/gone.mdx',
      ]);
      expect(named.edited.sort()).toEqual(['articles/2026/new.mdx', 'articles/2026/target.mdx']);
      expect(named.deleted).toEqual(['articles/2026/gone.mdx']);
      expect([...named.toCheck].sort()).toEqual([
        'articles/2026/linker.mdx',
        'articles/2026/new.mdx',
        'articles/2026/target.mdx',
      ]);
      // The check sees the change's neighbourhood as it will be: the new file in, the deleted one
      // out, the story naming a changed one and every section as known; nothing else.
      expect([...named.listing.keys()]).toEqual([
        'articles/2026/linker.mdx',
        'articles/2026/new.mdx',
        'articles/2026/target.mdx',
        'sections/uk.yaml',
      ]);
      expect(named.listing.get('articles/2026/linker.mdx')).toEqual({
        size: files.find((file) => file.path === 'articles/2026/linker.mdx')?.size,
        mtimeMs: files.find((file) => file.path === 'articles/2026/linker.mdx')?.mtimeMs,
      });

      const scanned = await findChanges(only, fileRowsOf(files));
      expect(scanned.edited.sort()).toEqual([
        'articles/2026/elsewhere.mdx',
        'articles/2026/new.mdx',
        'articles/2026/target.mdx',
      ]);
      expect((await findChanges(only, fileRowsOf(files), [])).edited).toEqual([]);
      await expect(findChanges(only, fileRowsOf(files), ['../outside.mdx'])).rejects.toThrow(
        '../outside.mdx: not a path inside the content folder — name changed files as articles/2026/<slug>.mdx',
      );
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });

  it('sees drafts and embargoed stories as not visible', () => {
    const record = { kind: 'article' as const, slug: 'x', size: 1, mtimeMs: 1, hash: 'h' };
    const visible = visibleArticles(
      [
        { ...record, path: 'articles/2026/out.mdx', date: '2026-11-20T09:00:00Z' },
        { ...record, path: 'articles/2026/draft.mdx', date: '2026-11-20T09:00:00Z', draft: true },
        { ...record, path: 'articles/2026/later.mdx', date: '2026-12-20T09:00:00Z' },
      ],
      new Date('2026-11-28T12:00:00Z'),
    );
    expect([...visible]).toEqual(['articles/2026/out.mdx']);
  });

  it('sees a new post as a change of its live blog, and checks the whole live blog again', async () => {
    const live = mkdtempSync(path.join(tmpdir(), 'dateline-changes-live-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(live, file)), { recursive: true });
      writeFileSync(path.join(live, file), text);
    };
    const post = (time: string) => `---\ntime: ${time}\nauthors: [ana-bell]\n---\n\nA post.\n`;
    try {
      put('sections/uk.yaml', 'title: UK\ndescription: News from the UK.\norder: 1\nnav: true\n');
      put('authors/ana-bell.mdx', '---\nname: "Ana Bell"\nrole: "Reporter"\n---\n\nAna.\n');
      put(
        'live/2026/storm/index.mdx',
        '---\ntitle: "Storm"\ndek: "Live."\nsection: uk\nauthors: [ana-bell]\nstatus: live\ncoverageStart: 2026-11-20T06:00:00+00:00\n---\n',
      );
      put('live/2026/storm/first.mdx', post('2026-11-20T07:00:00+00:00'));
      put(
        'live/2026/other/index.mdx',
        '---\ntitle: "Other"\ndek: "Live."\nsection: uk\nauthors: [ana-bell]\nstatus: live\ncoverageStart: 2026-11-20T06:00:00+00:00\n---\n',
      );
      const { files, problems } = await validateContent({ contentDir: live, publicDir: live, rootDir: live });
      expect(problems).toEqual([]);

      put('live/2026/storm/second.mdx', post('2026-11-20T08:00:00+00:00'));
      const changes = await findChanges(live, fileRowsOf(files));
      expect(changes.edited.sort()).toEqual(['live/2026/storm/index.mdx', 'live/2026/storm/second.mdx']);
      expect([...changes.toCheck].sort()).toEqual([
        'live/2026/storm/first.mdx',
        'live/2026/storm/index.mdx',
        'live/2026/storm/second.mdx',
      ]);
      expect(changes.sharedChanged).toBe(false);
      expect([...visibleArticles(files, new Date('2026-11-28T12:00:00Z'))].sort()).toEqual([
        'live/2026/other/index.mdx',
        'live/2026/storm/index.mdx',
      ]);
    } finally {
      rmSync(live, { recursive: true, force: true });
    }
  });
});
