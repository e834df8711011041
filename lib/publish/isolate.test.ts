import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { validateContent } from '../validation/validate-content';
import { findChanges } from './changes';
import { fileRowsOf } from './file-rows-of';
import { checkIsolated } from './isolate';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dateline-isolate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(publicDir(), { recursive: true, force: true });
});
// Beside the content folder, as public/ is beside content/.
const publicDir = () => `${dir}-public`;

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const article = (title: string, body = 'Text.', extra = '') =>
  `---\ntitle: "${title}"\ndek: "A standfirst."\ndate: 2026-11-20T09:00:00+00:00\nsection: uk\nbyline: "Wire staff"\n${extra}---\n\n${body}\n`;
const BROKEN = (title: string) => article(title).replace('section: uk', 'section: harbours');
const NOW = new Date('2026-11-28T12:00:00Z');

/** The last publish's records, then a publish's isolated check of what changed since. */
async function setUp(before: Record<string, string>, after: (write: (file: string, text: string) => void) => void) {
  write('sections/uk.yaml', 'title: UK\ndescription: News from the UK.\norder: 1\nnav: true\n');
  for (const [file, text] of Object.entries(before)) write(file, text);
  const first = await validateContent({ contentDir: dir, publicDir: publicDir(), rootDir: dir, now: NOW });
  expect(first.problems).toEqual([]);
  after(write);
  const changes = await findChanges(dir, fileRowsOf(first.files));
  const result = await checkIsolated({ contentDir: dir, publicDir: publicDir(), rootDir: dir, now: NOW }, changes);
  return { ...result, before: first.files };
}

describe('a publish refuses only the files that fail the check', () => {
  it('publishes a correction and a new story beside a broken story, which keeps its last record', async () => {
    const { refused, accepted, checked, before } = await setUp(
      { 'articles/2026/a.mdx': article('A'), 'articles/2026/b.mdx': article('B') },
      (write) => {
        write('articles/2026/a.mdx', article('A, corrected'));
        write('articles/2026/b.mdx', BROKEN('B'));
        write('articles/2026/c.mdx', article('C'));
      },
    );
    expect(refused.map((file) => file.file)).toEqual(['articles/2026/b.mdx']);
    expect(refused[0]?.problems[0]).toMatchObject({ file: 'articles/2026/b.mdx', field: 'section' });
    expect(accepted.edited.sort()).toEqual(['articles/2026/a.mdx', 'articles/2026/c.mdx']);
    // The refused file's record is the old one, so the next publish sees it as changed again.
    const record = (file: string) => checked.files.find((entry) => entry.path === file);
    expect(record('articles/2026/b.mdx')).toEqual(before.find((entry) => entry.path === 'articles/2026/b.mdx'));
    expect(record('articles/2026/a.mdx')?.hash).not.toBe(before.find((e) => e.path === 'articles/2026/a.mdx')?.hash);
  });

  it('says which pictures each accepted file names (what the publish stores for every instance), none of a refused one', async () => {
    mkdirSync(path.join(publicDir(), 'images'), { recursive: true });
    writeFileSync(path.join(publicDir(), 'images', 'crane.jpg'), 'jpeg');
    writeFileSync(path.join(publicDir(), 'images', 'quay.jpg'), 'jpeg');
    const { accepted, checked } = await setUp({ 'articles/2026/a.mdx': article('A') }, (write) => {
      write(
        'articles/2026/c.mdx',
        article(
          'C',
          'Text.\n\n<Figure src="/images/quay.jpg" alt="The quay" />',
          'image:\n  src: /images/crane.jpg\n  alt: A crane\n',
        ),
      );
      write('articles/2026/b.mdx', BROKEN('B').replace('Text.', '<Figure src="/images/crane.jpg" alt="A crane" />'));
    });
    expect(accepted.edited).toEqual(['articles/2026/c.mdx']);
    expect([...checked.pictures]).toEqual([['articles/2026/c.mdx', ['/images/crane.jpg', '/images/quay.jpg']]]);
  });

  it('refuses a valid new story whose ALSO READ names a refused new story, and leaves the refused one out', async () => {
    const { refused, accepted, checked } = await setUp({ 'articles/2026/a.mdx': article('A') }, (write) => {
      write('articles/2026/broken.mdx', BROKEN('Broken'));
      write('articles/2026/linker.mdx', article('Linker', 'Text.\n\n<AlsoRead slug="broken" />'));
      write('articles/2026/fine.mdx', article('Fine'));
    });
    expect(refused.map((file) => file.file)).toEqual(['articles/2026/broken.mdx', 'articles/2026/linker.mdx']);
    expect(refused[1]?.problems.map((problem) => problem.message).join(' ')).toContain('broken');
    expect(accepted.edited).toEqual(['articles/2026/fine.mdx']);
    expect(checked.files.map((file) => file.path)).not.toContain('articles/2026/broken.mdx');
  });

  it('holds back the unpublish of a story that a live story names in ALSO READ, and names both', async () => {
    const { refused, accepted } = await setUp(
      {
        'articles/2026/target.mdx': article('Target'),
        'articles/2026/linker.mdx': article('Linker', 'Text.\n\n<AlsoRead slug="target" />'),
      },
      (write) => {
        write('articles/2026/target.mdx', article('Target', 'Text.', 'draft: true\n'));
        write('articles/2026/other.mdx', article('Other'));
      },
    );
    expect(refused.map((file) => file.file)).toEqual(['articles/2026/linker.mdx', 'articles/2026/target.mdx']);
    expect(refused[1]?.problems[0]?.message).toContain('articles/2026/linker.mdx');
    expect(accepted.edited).toEqual(['articles/2026/other.mdx']);
  });

  it('refuses a new section and the new stories filed in it, and nothing else', async () => {
    const { refused, accepted } = await setUp({ 'articles/2026/a.mdx': article('A') }, (write) => {
      write('sections/ports.yaml', 'title: Ports\norder: 2\nnav: true\n');
      write('articles/2026/quay.mdx', article('Quay').replace('section: uk', 'section: ports'));
      write('articles/2026/a.mdx', article('A, corrected'));
    });
    expect(refused.map((file) => file.file)).toEqual(['articles/2026/quay.mdx', 'sections/ports.yaml']);
    expect(accepted.edited).toEqual(['articles/2026/a.mdx']);
  });

  it('refuses an edited author alone, keeping its last record, while a story naming it goes out', async () => {
    const author = (role: string) => `---\nname: "Ann Reporter"\nrole: ${role}\n---\nAnn reports.\n`;
    const { refused, accepted, checked, before } = await setUp(
      { 'authors/ann.mdx': author('"Reporter"'), 'articles/2026/a.mdx': article('A') },
      (write) => {
        write('authors/ann.mdx', author('[not, a, role]'));
        write('articles/2026/b.mdx', article('B').replace('byline: "Wire staff"', 'authors: [ann]'));
      },
    );
    expect(refused.map((file) => file.file)).toEqual(['authors/ann.mdx']);
    expect(accepted.edited).toEqual(['articles/2026/b.mdx']);
    const record = checked.files.find((entry) => entry.path === 'authors/ann.mdx');
    expect(record).toEqual(before.find((entry) => entry.path === 'authors/ann.mdx'));
  });

  it('holds back every changed file of a live blog when one post is refused', async () => {
    const blog = 'live/2026/storm';
    const index = `---\ntitle: "Storm live"\ndek: "Updates."\nstatus: live\ncoverageStart: 2026-11-20T09:00:00+00:00\nsection: uk\nauthors: [ann]\n---\n\nIntro.\n`;
    const post = (title: string, extra = '') =>
      `---\ntime: 2026-11-20T10:00:00+00:00\nauthors: [ann]\ntitle: "${title}"\n${extra}---\n\nText.\n`;
    const author = '---\nname: "Ann Reporter"\nrole: "Reporter"\n---\nAnn reports.\n';
    const before = { 'authors/ann.mdx': author, [`${blog}/index.mdx`]: index, [`${blog}/p1.mdx`]: post('One') };
    const { refused, accepted } = await setUp(before, (write) => {
      write(`${blog}/p2.mdx`, post('Two'));
      write(`${blog}/p3.mdx`, post('Three', 'pinned: maybe\n'));
      write('articles/2026/fine.mdx', article('Fine'));
    });
    expect(refused.map((file) => file.file)).toEqual([`${blog}/index.mdx`, `${blog}/p2.mdx`, `${blog}/p3.mdx`]);
    expect(accepted.edited).toEqual(['articles/2026/fine.mdx']);
  });
});
