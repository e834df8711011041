/**
 * Live blogs in the editor: Keystatic's `liveBlogs` collection is each blog's own file
 * (content/live/<year>/<slug>/index.mdx), keyed <year>/<slug> like the desk, and never one of
 * its posts (the other files of the folder, which the desk's live-post form writes).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { createReader } from '@keystatic/core/reader';
import { describe, expect, it } from 'vitest';

import { editorConfig } from './keystatic-config';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('the live blogs collection', () => {
  it('lists every live blog of content/live by its year and slug, and none of their posts', async () => {
    const reader = createReader(projectRoot, editorConfig({ stories: [], year: 2026 }));
    const blogs = (await reader.collections.liveBlogs.list()).sort();
    const expected = readdirSync(path.join(projectRoot, 'content/live'))
      .flatMap((year) => readdirSync(path.join(projectRoot, 'content/live', year)).map((slug) => `${year}/${slug}`))
      .sort();
    expect(blogs).toEqual(expected);
    expect(blogs.length).toBeGreaterThan(0);
  });
});
