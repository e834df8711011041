/**
 * A publish checks its change against a neighbourhood read from the manifest's rows
 * (./changes.ts, ./neighbourhood.ts), not the whole archive: these checks show that it refuses
 * exactly what a check against every file's record refuses, for every rule that looks across
 * files, and that it reads only the rows around the change. Run on SQLite (./neighbourhood.test.ts)
 * and PostgreSQL (./neighbourhood.postgres.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { syncStore } from '../build/database-store';
import type { FreshDatabase } from '../build/database-store/store-checks';
import type { Database } from '../db/connection';
import { listContentFiles } from '../source/content-files';
import type { FileRecord } from '../validation/model';
import { validateContent } from '../validation/validate-content';
import { publishBodyCheck } from './body-checks';
import { type Changes, findChanges } from './changes';
import { fileRows } from './file-rows';
import { fileRowsOf } from './file-rows-of';
import { checkIsolated, type IsolatedCheck } from './isolate';
import { checkNeighbourhood } from './neighbourhood';

const NOW = new Date('2026-11-28T12:00:00Z');
/** Stories around which nothing changes: the archive the neighbourhood leaves out. */
const FILLER = 24;

const article = (title: string, date: string, body = 'Text.', extra = '') =>
  `---\ntitle: "${title}"\ndek: "A standfirst."\ndate: ${date}\nsection: uk\nbyline: "Wire staff"\n${extra}---\n\n${body}\n`;
const AUTHOR = (name: string) => `---\nname: "${name}"\nrole: "Reporter"\n---\n${name} reports.\n`;
const BLOG = 'live/2026/storm';
const INDEX = `---\ntitle: "Storm live"\ndek: "Updates."\nstatus: live\ncoverageStart: 2026-11-20T09:00:00+00:00\nsection: uk\nauthors: [ann]\n---\n\nIntro.\n`;
const post = (title: string, authors = '[ann]', body = 'Text.') =>
  `---\ntime: 2026-11-20T10:00:00+00:00\nauthors: ${authors}\ntitle: "${title}"\n---\n\n${body}\n`;

export function neighbourhoodChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  let database: Database;
  let dir: string;
  let built: FileRecord[];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const remove = (file: string) => rmSync(path.join(dir, file));
  const options = () => ({ contentDir: dir, publicDir: `${dir}-public`, rootDir: dir, now: NOW });

  beforeEach(async () => {
    opened = await fresh();
    database = opened.database;
    dir = mkdtempSync(path.join(tmpdir(), 'dateline-neighbourhood-'));
    write('sections/uk.yaml', 'title: UK\ndescription: News from the UK.\norder: 1\nnav: true\n');
    write('authors/ann.mdx', AUTHOR('Ann Reporter'));
    write('articles/2025/old-pier.mdx', article('Old pier', '2025-06-01T09:00:00+00:00'));
    write('articles/2026/target.mdx', article('Target', '2026-11-20T09:00:00+00:00'));
    write(
      'articles/2026/linker.mdx',
      article('Linker', '2026-11-21T09:00:00+00:00', 'Text.\n\n<AlsoRead slug="target" />'),
    );
    write('articles/2026/unfinished.mdx', article('Unfinished', '2026-11-22T09:00:00+00:00', 'Text.', 'draft: true\n'));
    write('articles/2026/budget-leak.mdx', article('Budget', '2026-12-05T09:00:00+00:00'));
    write(`${BLOG}/index.mdx`, INDEX);
    write(`${BLOG}/p1.mdx`, post('One'));
    for (let i = 0; i < FILLER; i++) {
      write(`articles/2026/filler-${i}.mdx`, article(`Filler ${i}`, '2026-11-10T09:00:00+00:00'));
    }
    const first = await validateContent(options());
    expect(first.problems).toEqual([]);
    built = first.files;
    // The manifest's rows as a build writes them.
    await syncStore(
      database,
      { articles: [], authors: [], sections: [], pages: [], manifest: { contentDir: dir, files: built } },
      { now: NOW, env: {}, readBody: () => 'x' },
    );
  });
  afterEach(async () => {
    await opened.done();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The publish's check, from the rows around the change. */
  const nearby = async (named?: string[]) => {
    const rows = fileRows(database);
    const changes = await findChanges(dir, rows, named);
    // With the publish's body check, which compiles no unchanged author's or page's body again.
    const checkBody = publishBodyCheck({ rootDir: dir, contentDir: dir }, changes);
    const result = await checkNeighbourhood({ ...options(), checkBody }, changes, rows);
    return { result, changes, read: rows.read };
  };
  /** The same change checked against every file's record and the whole folder, as before the rows. */
  const whole = async () => {
    const changes = await findChanges(dir, fileRowsOf(built));
    const all = new Map(built.map((record) => [record.path, record]));
    const everything: Changes = {
      ...changes,
      known: new Map([...all, ...changes.known]),
      last: all,
      listing: listContentFiles(dir),
    };
    return checkIsolated(options(), everything);
  };
  const outcome = (result: IsolatedCheck) => ({
    refused: result.refused.map((file) => ({ file: file.file, problems: file.problems })),
    accepted: result.accepted,
  });
  /** Both checks of the change on disk now: the same refusals, with the messages of a full check. */
  const same = async () => {
    const near = await nearby();
    expect(outcome(near.result)).toEqual(outcome(await whole()));
    return { ...outcome(near.result), read: near.read };
  };
  const messages = (found: { refused: { problems: { message: string }[] }[] }) =>
    found.refused.flatMap((file) => file.problems.map((problem) => problem.message)).join('\n');

  it('refuses a new story whose slug an old story of another year has', async () => {
    write('articles/2026/old-pier.mdx', article('Old pier again', '2026-11-25T09:00:00+00:00'));
    const found = await same();
    expect(found.refused.map((file) => file.file)).toEqual(['articles/2026/old-pier.mdx']);
    expect(messages(found)).toContain('the slug "old-pier" is also used by articles/2025/old-pier.mdx');
  });

  it('refuses ALSO READ to a missing, a draft and an embargoed story, and takes one to a live story', async () => {
    const linking = (slug: string) =>
      article(`To ${slug}`, '2026-11-26T09:00:00+00:00', `Text.\n\n<AlsoRead slug="${slug}" />`);
    write('articles/2026/to-missing.mdx', linking('no-such-story'));
    write('articles/2026/to-draft.mdx', linking('unfinished'));
    write('articles/2026/to-embargoed.mdx', linking('budget-leak'));
    write('articles/2026/to-live.mdx', linking('filler-3'));
    const found = await same();
    expect(found.refused.map((file) => file.file)).toEqual([
      'articles/2026/to-draft.mdx',
      'articles/2026/to-embargoed.mdx',
      'articles/2026/to-missing.mdx',
    ]);
    expect(messages(found)).toContain('points to a story that does not exist');
    expect(messages(found)).toContain('points to a draft');
    expect(messages(found)).toContain('points to a story embargoed until 2026-12-05');
    expect(found.accepted.edited).toEqual(['articles/2026/to-live.mdx']);
  });

  it('holds back the deletion of a story a live story names, and names both', async () => {
    remove('articles/2026/target.mdx');
    write('articles/2026/fresh.mdx', article('Fresh', '2026-11-26T09:00:00+00:00'));
    const found = await same();
    expect(found.refused.map((file) => file.file)).toEqual(['articles/2026/linker.mdx', 'articles/2026/target.mdx']);
    expect(messages(found)).toContain('names it in ALSO READ and would break');
    expect(found.accepted).toEqual({ edited: ['articles/2026/fresh.mdx'], deleted: [] });
  });

  it('holds back a live blog whose new post names an author that does not exist, and publishes a good post', async () => {
    write(`${BLOG}/p2.mdx`, post('Two', '[nobody]'));
    const refusedBlog = await same();
    expect(refusedBlog.refused.map((file) => file.file)).toEqual([`${BLOG}/index.mdx`, `${BLOG}/p2.mdx`]);
    write(`${BLOG}/p2.mdx`, post('Two', '[ann]', 'Text.\n\n<AlsoRead slug="linker" />'));
    const published = await same();
    expect(published.refused).toEqual([]);
    expect(published.accepted.edited.sort()).toEqual([`${BLOG}/index.mdx`, `${BLOG}/p2.mdx`]);
  });

  it('takes a new author with the new story that names it, and refuses a story naming an author no file has', async () => {
    write('authors/bo.mdx', AUTHOR('Bo Writer'));
    const byline = (authors: string) =>
      article('Bylined', '2026-11-26T09:00:00+00:00').replace('byline: "Wire staff"', `authors: ${authors}`);
    write('articles/2026/by-bo.mdx', byline('[bo]'));
    write('articles/2026/by-cy.mdx', byline('[cy]'));
    const found = await same();
    expect(found.refused.map((file) => file.file)).toEqual(['articles/2026/by-cy.mdx']);
    expect(found.accepted.edited.sort()).toEqual(['articles/2026/by-bo.mdx', 'authors/bo.mdx']);
  });

  it('compiles an edited author’s bio again and refuses it when it breaks; an unchanged one is taken as checked', async () => {
    write('authors/ann.mdx', `${AUTHOR('Ann Reporter')}\nimport x from "y"\n`);
    write('articles/2026/fine.mdx', article('Fine', '2026-11-26T09:00:00+00:00'));
    const found = await same();
    expect(found.refused.map((file) => file.file)).toEqual(['authors/ann.mdx']);
    expect(messages(found)).toContain('import and export statements are not allowed');
    expect(found.accepted.edited).toEqual(['articles/2026/fine.mdx']);
  });

  it('reads only the rows around the change, and does not depend on any other row', async () => {
    write('articles/2026/target.mdx', article('Target, corrected', '2026-11-20T09:00:00+00:00'));
    const named = ['articles/2026/target.mdx'];
    const first = await nearby(named);
    expect(first.result.refused).toEqual([]);
    expect([...first.changes.toCheck].sort()).toEqual(['articles/2026/linker.mdx', 'articles/2026/target.mdx']);
    // The changed story, the one naming it, the section and the author: none of the filler.
    expect([...first.changes.listing.keys()]).toEqual([
      'articles/2026/linker.mdx',
      'articles/2026/target.mdx',
      'authors/ann.mdx',
      'sections/uk.yaml',
    ]);
    expect(first.read).toBeLessThan(10);
    // Without the unrelated rows the publish comes to the same answer.
    await database.db.deleteFrom('content_files').where('path', 'like', 'articles/2026/filler-%').execute();
    const again = await nearby(named);
    expect(outcome(again.result)).toEqual(outcome(first.result));
    expect(again.result.checked.files).toEqual(first.result.checked.files);
  });
}
