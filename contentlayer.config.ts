import type { MarkdownUnifiedBuilderCallback } from 'contentlayer2/core';
import type { FieldDefs, ListFieldDefItem, NestedType } from 'contentlayer2/source-files';
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';

import { writeContentStore } from './lib/build/store-writer';
import { writeStoreIfContentPasses } from './lib/dev/last-good-store';
import { readEnv } from './lib/env';
import { dimensionsOf } from './lib/mdx/image-dimensions';
import { buildNow } from './lib/now';
import { contentDir } from './lib/paths';
import { routes } from './lib/routes';
import { alsoReadSlugsOf, excerptOf, readingTimeOf, wordCountOf } from './lib/schema/computed';
import {
  articleFields,
  authorFields,
  type Field,
  type Fields,
  liveBlogFields,
  livePostFields,
  pageFields,
  sectionFields,
} from './lib/schema/fields';
import { heldBack } from './lib/source/held-back';

/**
 * Contentlayer types generated from lib/schema/fields.ts, the single description of the
 * editors' contract. Cross-document rules live in lib/validation, which runs first.
 */

const nestedTypes = new Map<string, ReturnType<typeof defineNestedType>>();
function nested(field: Extract<Field, { fields: Fields }>) {
  if (!nestedTypes.has(field.typeName)) {
    nestedTypes.set(
      field.typeName,
      defineNestedType(() => ({ name: field.typeName, fields: toFieldDefs(field.fields) })),
    );
  }
  return nestedTypes.get(field.typeName) as unknown as NestedType;
}

function toFieldDefs(fields: Fields): FieldDefs {
  const defs: FieldDefs = {};
  for (const [name, field] of Object.entries(fields)) {
    const base = { description: field.description, required: field.required ?? false };
    switch (field.kind) {
      case 'string':
      case 'date':
      case 'boolean':
      case 'number':
        defs[name] = { ...base, type: field.kind };
        break;
      case 'stringList':
        defs[name] = { ...base, type: 'list', of: { type: 'string' } };
        break;
      case 'object':
        defs[name] = { ...base, type: 'nested', of: nested(field) };
        break;
      case 'objectList':
        defs[name] = { ...base, type: 'list', of: nested(field) as unknown as ListFieldDefItem.Item };
        break;
    }
  }
  return defs;
}

const slugOf = (flattenedPath: string) => flattenedPath.split('/').pop() as string;

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'markdown',
  fields: toFieldDefs(articleFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => routes.article(doc.section, slugOf(doc._raw.flattenedPath)) },
    readingTime: { type: 'number', resolve: (doc) => readingTimeOf(doc.body.raw) },
    wordCount: { type: 'number', resolve: (doc) => wordCountOf(doc.body.raw) },
    excerpt: { type: 'string', resolve: (doc) => excerptOf(doc.body.raw) },
    alsoRead: { type: 'list', of: { type: 'string' }, resolve: (doc) => alsoReadSlugsOf(doc.body.raw) },
    imageWidth: { type: 'number', resolve: (doc) => (doc.image ? dimensionsOf(doc.image.src)?.width : undefined) },
    imageHeight: { type: 'number', resolve: (doc) => (doc.image ? dimensionsOf(doc.image.src)?.height : undefined) },
  },
}));

// The live types' documents come through Contentlayer untyped (their fields are built from
// lib/schema at run time): these name what the computed fields read.
const pictureSrc = (image: unknown) => (image as { src: string }).src;
const rawBody = (body: unknown) => (body as { raw: string }).raw;

/**
 * A live blog: content/live/<yyyy>/<slug>/index.mdx, with one file per post beside it
 * (docs/decisions/029). Contentlayer picks the first type whose pattern matches a file, so
 * LiveBlog (index.mdx) must come before LivePost (every other .mdx of the folder).
 */
export const LiveBlog = defineDocumentType(() => ({
  name: 'LiveBlog',
  filePathPattern: 'live/*/*/index.mdx',
  contentType: 'markdown',
  fields: toFieldDefs(liveBlogFields),
  computedFields: {
    // flattenedPath drops the trailing /index: live/2026/<slug>
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => routes.article(doc.section, slugOf(doc._raw.flattenedPath)) },
    imageWidth: {
      type: 'number',
      resolve: (doc) => (doc.image ? dimensionsOf(pictureSrc(doc.image))?.width : undefined),
    },
    imageHeight: {
      type: 'number',
      resolve: (doc) => (doc.image ? dimensionsOf(pictureSrc(doc.image))?.height : undefined),
    },
  },
}));

export const LivePost = defineDocumentType(() => ({
  name: 'LivePost',
  filePathPattern: 'live/*/*/*.mdx',
  contentType: 'markdown',
  fields: toFieldDefs(livePostFields),
  computedFields: {
    /** The file name: the post's id and anchor (#post-<id>). */
    postId: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    /** The folder of its live blog: live/2026/<slug>. */
    blog: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir },
    alsoRead: { type: 'list', of: { type: 'string' }, resolve: (doc) => alsoReadSlugsOf(rawBody(doc.body)) },
    wordCount: { type: 'number', resolve: (doc) => wordCountOf(rawBody(doc.body)) },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'markdown',
  fields: toFieldDefs(authorFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => routes.author(slugOf(doc._raw.flattenedPath)) },
  },
}));

export const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yaml',
  contentType: 'data',
  fields: toFieldDefs(sectionFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => routes.section(slugOf(doc._raw.flattenedPath)) },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'markdown',
  fields: toFieldDefs(pageFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => routes.page(slugOf(doc._raw.flattenedPath)) },
  },
}));

// Absolute (lib/paths.ts resolves CONTENT_DIR against the working folder, as Contentlayer does).
const contentDirPath = contentDir();

/** A unified pipeline that neither parses nor renders: `body.html` is '' for every document. */
const skipMarkdownToHtml: MarkdownUnifiedBuilderCallback = (builder) => {
  builder.use(function noHtml(this: typeof builder) {
    this.parser = () => ({ type: 'root', children: [] });
    this.compiler = () => '';
  });
};

/**
 * A production build never reads drafts or embargoed stories, so not a word of them reaches
 * the build output. `npm run dev` sets DATELINE_PREVIEW=1 to read them and show them marked.
 */
const unpublishedFiles = readEnv('DATELINE_PREVIEW')
  ? []
  : heldBack(contentDirPath, buildNow()).map((story) => story.file);

export default makeSource({
  contentDirPath,
  // Contentlayer's own defaults, plus the stories this build holds back.
  contentDirExclude: ['node_modules', '.git', '.yarn', '.cache', '.next', '.contentlayer', ...unpublishedFiles],
  documentTypes: [Article, LiveBlog, LivePost, Author, Section, Page],
  // Bodies are MDX, but Contentlayer only types and checks the frontmatter and keeps the source
  // (body.raw): lib/mdx compiles each body once, in the content check, instead of a bundler per
  // document here. So Contentlayer's markdown-to-HTML step is replaced by one that does nothing,
  // and body.html is always empty (docs/decisions/020).
  markdown: skipMarkdownToHtml,
  // Never skip a document with a warning and a green build: a skipped article is a lost article.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  // The light store lib/content reads instead of Contentlayer's all-bodies index (docs/decisions/013).
  // `npm run publish` runs Contentlayer over the changed files only and merges them itself
  // (lib/publish/typed-subset.ts).
  // In `npm run dev` the store is only replaced by content that passes the check (lib/dev/last-good-store.ts).
  onSuccess: async () => {
    if (readEnv('DATELINE_CONTENTLAYER_SUBSET')) return;
    if (readEnv('DATELINE_CONTENTLAYER_WATCH')) await writeStoreIfContentPasses();
    else await writeContentStore();
  },
});
