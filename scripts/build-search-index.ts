/**
 * Writes the Pagefind search index to public/pagefind before `next build`, so `next start`
 * serves it as static files. Only published stories, via lib/content.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

import * as pagefind from 'pagefind';

import { searchDocuments } from '../lib/content';
import { searchPageHtml } from '../lib/search/search-page-html';

const outputPath = path.resolve(import.meta.dirname, '../public/pagefind');

async function main() {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const documents = searchDocuments();
  for (const doc of documents) {
    const added = await index.addHTMLFile({ url: doc.url, content: searchPageHtml(doc) });
    if (added.errors.length) throw new Error(`${doc.url}: ${added.errors.join('; ')}`);
  }
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  // Pagefind also writes its ready-made UIs; /search has its own, so they would only be dead files.
  for (const file of await readdir(outputPath)) {
    if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(file)) await rm(path.join(outputPath, file));
  }
  console.log(
    `Search index: ${documents.length} stories in ${Math.round(performance.now() - started)} ms → public/pagefind`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
