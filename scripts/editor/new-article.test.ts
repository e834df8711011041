/**
 * `npm run new`: the file it writes passes the content check as it stands, has every field of
 * the schema, the site's local time with its offset, and a slug that clashes with nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { articleFields } from '../../lib/schema/fields';
import { formatProblem } from '../../lib/source/problem';
import { validateContent } from '../../lib/validation/validate-content';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-new-'));
const content = path.join(temp, 'content');
cpSync(path.join(root, 'content'), content, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const env = (now: string) => ({ ...process.env, CONTENT_DIR: content, DATELINE_NOW: now });
const run = (args: string[], now = '2026-07-01T12:00:00Z') =>
  spawnSync(tsx, ['scripts/editor/new-article.ts', ...args], { cwd: root, env: env(now), encoding: 'utf8' });

async function problems() {
  const result = await validateContent({
    contentDir: content,
    publicDir: path.join(root, 'public'),
    rootDir: temp,
    now: new Date('2027-06-01T00:00:00Z'),
  });
  return result.problems.map(formatProblem);
}

describe('npm run new', () => {
  it('creates a draft with every frontmatter field, dated now in UK summer time, that passes the check', async () => {
    const result = run([
      '--section',
      'uk',
      '--title',
      'Harbour crane collapses: “no one hurt”',
      '--tags',
      'Weather, Ports',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(content, 'articles/2026/harbour-crane-collapses-no-one-hurt.mdx');
    expect(result.stdout).toContain('content/articles/2026/harbour-crane-collapses-no-one-hurt.mdx as a draft.');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Harbour crane collapses: “no one hurt”"\n');
    expect(text).toContain('date: 2026-07-01T13:00:00+01:00\n');
    expect(text).toContain('tags: ["Weather", "Ports"]\n');
    expect(text).toContain('draft: true\n');
    for (const field of Object.keys(articleFields))
      expect(text, `field ${field}`).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    expect(await problems()).toEqual([]);
  }, 30_000);

  it('uses the winter offset in winter and never reuses a slug', async () => {
    const result = run(
      [
        '--section',
        'world',
        '--title',
        'Harbour crane collapses: no one hurt',
        '--authors',
        'hannah-okafor',
        '--publish',
      ],
      '2026-12-01T09:05:00Z',
    );
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(path.join(content, 'articles/2026/harbour-crane-collapses-no-one-hurt-2.mdx'), 'utf8');
    expect(text).toContain('date: 2026-12-01T09:05:00+00:00\n');
    expect(text).toContain('authors: [hannah-okafor]\n');
    expect(text).toContain('draft: false\n');
    expect(await problems()).toEqual([]);
  }, 30_000);

  it('refuses an unknown section or author, naming the choices, and writes nothing', () => {
    const result = run(['--section', 'wrold', '--title', 'Ferry fares rise', '--authors', 'nobody']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--section "wrold" is not a section — use one of: business, entertainment, lifestyle, sports, top-news, uk, world',
    );
    expect(result.stderr).toContain('--authors: "nobody" is not an author');
    expect(existsSync(path.join(content, 'articles/2026/ferry-fares-rise.mdx'))).toBe(false);
  }, 30_000);

  it('asks for each value when run in a terminal without flags', async () => {
    // `script` gives the command a real terminal, as an editor's shell would.
    const answers = [
      'sports',
      'Rovers sign striker',
      'The club paid a record fee.',
      'nobody',
      '',
      'Fellside Wire staff',
      'Fellside Wire',
      'Football',
      '',
    ].join('\n');
    const result = spawnSync('script', ['-qec', `${tsx} scripts/editor/new-article.ts`, '/dev/null'], {
      cwd: root,
      env: env('2026-11-20T10:00:00Z'),
      input: `${answers}\n`,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stdout).toContain('Section (business, entertainment');
    expect(result.stdout).toContain('unknown: nobody — choose from');
    expect(result.stdout).toContain('content/articles/2026/rovers-sign-striker.mdx as a draft.');
    const text = readFileSync(path.join(content, 'articles/2026/rovers-sign-striker.mdx'), 'utf8');
    expect(text).toContain('section: sports\n');
    expect(text).toContain('dek: "The club paid a record fee."\n');
    expect(text).toContain('byline: "Fellside Wire staff"\n');
    expect(text).toContain('source: "Fellside Wire"\n');
    expect(await problems()).toEqual([]);
  }, 45_000);
});
