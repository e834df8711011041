/**
 * The content store: lists read every article without its body, an article page reads just
 * its own, and a story deleted from content/ never comes back from a file Contentlayer left
 * behind. Also guards the rule that makes page memory flat: lib/content never imports
 * Contentlayer's generated index (every body of the archive) at run time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeContentStore } from '../build/store-writer';
import { currentStore, readBodyCode } from './store';

const project = mkdtempSync(path.join(tmpdir(), 'dateline-store-'));
const generated = path.join(project, '.contentlayer/generated');
const home = process.cwd();

function article(slug: string) {
  return {
    title: `Title of ${slug}`,
    slug,
    section: 'uk',
    url: `/uk/${slug}`,
    date: '2026-11-28T09:00:00Z',
    body: { raw: `Body of *${slug}*.`, html: '' },
    _id: `articles/2026/${slug}.mdx`,
    _raw: { sourceFilePath: `articles/2026/${slug}.mdx` },
    type: 'Article',
  };
}

beforeAll(async () => {
  mkdirSync(path.join(generated, 'Article'), { recursive: true });
  const files = {
    'articles__2026__kept.mdx.json': article('kept'),
    'articles__2026__also-kept.mdx.json': article('also-kept'),
  };
  for (const [name, doc] of Object.entries(files))
    writeFileSync(path.join(generated, 'Article', name), JSON.stringify(doc));
  // Contentlayer leaves the file of a deleted story behind; only _index.mjs says what is current.
  writeFileSync(
    path.join(generated, 'Article', 'articles__2026__deleted.mdx.json'),
    JSON.stringify(article('deleted')),
  );
  writeFileSync(
    path.join(generated, 'Article', '_index.mjs'),
    Object.keys(files)
      .map((name, i) => `import doc${i} from './${name}' with { type: 'json' }`)
      .join('\n'),
  );
  for (const type of ['Author', 'Section', 'Page']) {
    mkdirSync(path.join(generated, type));
    const doc = {
      slug: `${type.toLowerCase()}-one`,
      _raw: { sourceFilePath: `${type}/one.mdx` },
      body: { raw: `About ${type}.`, html: '' },
    };
    writeFileSync(
      path.join(generated, type, '_index.json'),
      JSON.stringify([type === 'Section' ? { slug: doc.slug } : doc]),
    );
  }
  process.chdir(project);
  await writeContentStore();
});
afterAll(() => {
  process.chdir(home);
  rmSync(project, { recursive: true, force: true });
});

describe('content store', () => {
  it('lists the current articles without bodies, and never a deleted one', () => {
    const store = currentStore();
    expect(store.articles.map((a) => a.slug).sort()).toEqual(['also-kept', 'kept']);
    expect(store.articles.every((a) => !('body' in a))).toBe(true);
    expect(store.authors.map((a) => a.slug)).toEqual(['author-one']);
  });

  it("reads one article's compiled body on demand", () => {
    const kept = currentStore().articles.find((a) => a.slug === 'kept')!;
    const code = readBodyCode(kept);
    expect(code).toContain('"kept"');
    expect(code).not.toContain('also-kept');
  });

  it('keeps compiled author bios and pages in the store, and only the compiled bodies still in use', () => {
    const store = currentStore();
    expect(store.authors[0]?.bodyCode).toContain('"About Author."');
    expect(store.pages[0]?.bodyCode).toContain('"About Page."');
    // Two articles, one author, one page; the deleted story's body was never compiled.
    expect(readdirSync(path.join(project, '.contentlayer/dateline/compiled'))).toHaveLength(4);
  });

  it('reads a replaced store on the next call, and the same object until then', () => {
    const before = currentStore();
    expect(currentStore()).toBe(before);
    const file = path.join(project, '.contentlayer/dateline/store.json');
    const next = { ...before, version: 'replaced', articles: before.articles.filter((a) => a.slug === 'kept') };
    // As a publish does: a new file renamed over the old one.
    writeFileSync(`${file}.tmp`, JSON.stringify(next));
    renameSync(`${file}.tmp`, file);
    const after = currentStore();
    expect(after).not.toBe(before);
    expect(after.version).toBe('replaced');
    expect(after.articles.map((a) => a.slug)).toEqual(['kept']);
  });
});

describe('lib/content', () => {
  it("never imports Contentlayer's generated data (every body) at run time", () => {
    const dir = path.resolve(import.meta.dirname);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*from '(contentlayer\/generated[^']*)'/gm)];
      expect(
        runtimeImports.map((match) => match[1]),
        name,
      ).toEqual([]);
    }
  });
});
