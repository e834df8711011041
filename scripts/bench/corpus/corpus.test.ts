/**
 * The corpus generator must be reproducible (same seed, same bytes) and its output must be a
 * complete content folder that the build's own validator accepts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { validateContent } from '../../../lib/validation/validate-content';
import { writeCorpus } from '../corpus';

const root = path.resolve(import.meta.dirname, '../../..');
const publicDir = path.join(root, 'public');
const temp = mkdtempSync(path.join(tmpdir(), 'dateline-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .sort();
  return new Map(files.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

const generate = (name: string, seed: number, articles = 300) => {
  const out = path.join(temp, name);
  writeCorpus(out, articles, seed, false, publicDir);
  return { out, files: snapshot(out) };
};

describe('npm run corpus', () => {
  const first = generate('a', 7);

  it('writes the same bytes for the same seed, and different stories for another seed', () => {
    const again = generate('b', 7);
    expect([...again.files.keys()]).toEqual([...first.files.keys()]);
    for (const [name, text] of first.files) expect(again.files.get(name), name).toBe(text);
    const other = generate('c', 8);
    const articles = (files: Map<string, string>) => [...files.keys()].filter((name) => name.startsWith('articles'));
    expect(articles(other.files)).not.toEqual(articles(first.files));
  });

  it('passes the content validator with every article counted', async () => {
    const { problems, counts } = await validateContent({ contentDir: first.out, publicDir, rootDir: temp });
    expect(problems).toEqual([]);
    expect(counts.article).toBe(300);
    expect(counts.section).toBe(7);
    expect(counts.author).toBeGreaterThanOrEqual(12);
    expect(counts.page).toBe(4);
    // It compiles 300 bodies: a second or two alone, far more on a busy 2-core machine.
  }, 30_000);

  it('covers what a newsroom archive holds: accented tags, every section, links, corrections, drafts, agency copy, galleries and embeds', () => {
    const articles = [...first.files].filter(([name]) => name.startsWith('articles')).map(([, text]) => text);
    const count = (pattern: RegExp) => articles.filter((text) => pattern.test(text)).length;
    expect(
      count(
        /^tags: .*"(São Paulo|Côte d'Ivoire|Zürich|Kraków|Malmö|Bogotá|Reykjavík|Curaçao|Düsseldorf|Québec|Gdańsk|Córdoba|Besançon|Tromsø|Łódź|Île-de-France)"/m,
      ),
    ).toBeGreaterThan(30);
    for (const section of ['top-news', 'world', 'uk', 'business', 'lifestyle', 'sports', 'entertainment']) {
      expect(count(new RegExp(`^section: ${section}$`, 'm')), section).toBeGreaterThan(5);
    }
    expect(count(/<AlsoRead slug="/)).toBeGreaterThan(60);
    // Galleries, videos and social posts (scripts/bench/corpus/rich-media.ts), checked by the validator below.
    expect(count(/<Gallery title="/)).toBeGreaterThan(2);
    expect(count(/<(YouTube|Vimeo) id="/)).toBeGreaterThan(2);
    expect(count(/<(XPost|BlueskyPost|MastodonPost|InstagramPost) url="/)).toBeGreaterThan(2);
    expect(count(/^corrections:/m)).toBeGreaterThan(1);
    expect(count(/^draft: true$/m)).toBeGreaterThan(0);
    expect(count(/^source: /m)).toBeGreaterThan(30);
    expect(count(/^image:\n {2}src: \/images\/articles\/[a-z0-9-]+\.jpg$/m)).toBeGreaterThan(100);
    // Varied length: briefs and long reads both occur.
    const words = articles.map((text) => text.split(/\s+/).length).sort((a, b) => a - b);
    expect(words[0]).toBeLessThan(200);
    expect(words.at(-1)).toBeGreaterThan(900);
  });

  it('never deletes a folder that is not an earlier corpus, and replaces one that is only with --force', () => {
    const foreign = path.join(temp, 'notes');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'todo.txt'), 'keep me');
    expect(() => writeCorpus(foreign, 1, 1, true, publicDir)).toThrow(/holds todo\.txt, so it is not a content folder/);
    expect(existsSync(path.join(foreign, 'todo.txt'))).toBe(true);
    expect(() => writeCorpus(first.out, 5, 1, false, publicDir)).toThrow(/is not empty .* --force/);
    writeCorpus(first.out, 5, 1, true, publicDir);
    expect(
      readdirSync(path.join(first.out, 'articles'), { recursive: true }).filter((name) =>
        String(name).endsWith('.mdx'),
      ),
    ).toHaveLength(5);
  });

  it('adds live blogs on request: ended ones and one live, each valid, with key events and a pinned post', async () => {
    const out = path.join(temp, 'live');
    writeCorpus(out, 20, 3, false, publicDir, 3);
    const { problems, counts } = await validateContent({ contentDir: out, publicDir, rootDir: temp });
    expect(problems).toEqual([]);
    expect(counts.live).toBe(3);
    expect(counts.post).toBe(3 * 24);
    const files = snapshot(out);
    const indexes = [...files].filter(([name]) => name.endsWith('index.mdx')).map(([, text]) => text);
    expect(indexes.filter((text) => text.includes('status: live'))).toHaveLength(1);
    expect(indexes.filter((text) => text.includes('status: ended') && text.includes('coverageEnd:'))).toHaveLength(2);
    const posts = [...files].filter(([name]) => name.startsWith('live') && !name.endsWith('index.mdx'));
    expect(posts.filter(([, text]) => text.includes('pinned: true'))).toHaveLength(3);
    expect(posts.filter(([, text]) => text.includes('keyEvent: true')).length).toBeGreaterThanOrEqual(3 * 4);
  }, 30_000);
});
