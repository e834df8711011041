/**
 * The content store as the build writes it into the database (docs/decisions/052): every article
 * without its body, each body read on its own, and a story deleted from content/ never back from
 * a file Contentlayer left behind. Also guards the rule that makes page memory flat: lib/content
 * never imports Contentlayer's generated index (every body of the archive) at run time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeContentStore } from '../build/store-writer';
import { bodyCode, resetContentDatabase, storeDocuments, storyBySlug } from './database';

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
  // The reader opens the database of the folder it runs in, as a server does.
  await resetContentDatabase();
});
afterAll(async () => {
  await resetContentDatabase();
  process.chdir(home);
  rmSync(project, { recursive: true, force: true });
});

describe('content store', () => {
  it('holds the current articles without bodies, and never a deleted one', async () => {
    const kept = await storyBySlug('kept', 'published');
    expect(kept?.title).toBe('Title of kept');
    expect(kept && 'body' in kept).toBe(false);
    expect((await storyBySlug('also-kept', 'published'))?.slug).toBe('also-kept');
    expect(await storyBySlug('deleted', 'everything')).toBeUndefined();
    expect((await storeDocuments()).authors.map((a) => a.slug)).toEqual(['author-one']);
  });

  it("reads one article's compiled body on demand", async () => {
    const kept = await storyBySlug('kept', 'published');
    const code = await bodyCode(kept!.codeKey);
    expect(code).toContain('"kept"');
    expect(code).not.toContain('also-kept');
  });

  it('keeps compiled author bios and pages with their records, and only the compiled bodies still in use', async () => {
    const documents = await storeDocuments();
    expect(documents.authors[0]?.bodyCode).toContain('"About Author."');
    expect(documents.pages[0]?.bodyCode).toContain('"About Page."');
    // Two articles, one author, one page; the deleted story's body was never compiled.
    expect(readdirSync(path.join(project, '.contentlayer/dateline/compiled'))).toHaveLength(4);
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
