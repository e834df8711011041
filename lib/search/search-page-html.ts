/**
 * Each published story as the small HTML document Pagefind indexes: the headline and dek
 * weighted above the body, the section as a filter, the date for display and sorting. Built
 * from lib/content (so drafts and embargoed stories never reach the index), not from the
 * rendered pages, whose navigation and onward lists would pollute results.
 */
import type { SearchDocument } from '../content/types';
import { formatDate } from '../format';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function searchPageHtml(doc: SearchDocument): string {
  const date = new Date(doc.date).toISOString();
  return [
    '<html lang="en"><body data-pagefind-body>',
    `<h1 data-pagefind-weight="7">${escapeHtml(doc.title)}</h1>`,
    `<p data-pagefind-weight="3">${escapeHtml(doc.dek)}</p>`,
    `<p>${escapeHtml(doc.text)}</p>`,
    `<span data-pagefind-ignore data-pagefind-filter="section">${escapeHtml(doc.sectionTitle)}</span>`,
    `<span data-pagefind-ignore data-pagefind-meta="date:${date}" data-pagefind-sort="date:${date}"></span>`,
    `<span data-pagefind-ignore data-pagefind-meta="dateText">${escapeHtml(formatDate(doc.date))}</span>`,
    `<span data-pagefind-ignore data-pagefind-meta="section">${escapeHtml(doc.sectionTitle)}</span>`,
    `<span data-pagefind-ignore data-pagefind-meta="dek">${escapeHtml(doc.dek)}</span>`,
    '</body></html>',
  ].join('\n');
}
