/** The import report as text: counts first, then every note by post and export line. */
import type { ImportReport } from './import';

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ') || 'none';

export function formatReport(report: ImportReport): string {
  const { articles, pages } = report;
  const lines = [
    `WordPress import from ${report.site || 'an export'} (WXR ${report.wxrVersion})`,
    `Items in the export: ${counts(report.items)}`,
    `Articles: ${articles.created} new, ${articles.updated} updated, ${articles.unchanged} unchanged ` +
      `(${articles.published} published, ${articles.draft} drafts, ${articles.embargoed} embargoed)`,
    `Pages: ${pages.created} new, ${pages.updated} updated, ${pages.unchanged} unchanged`,
    `Authors written: ${report.authors}; sections created: ${report.sectionsCreated.join(', ') || 'none'}; pictures copied: ${report.picturesCopied}`,
    `Skipped: ${counts(report.skipped)}`,
    `Old addresses redirected: ${report.redirects} (content/.redirects/wordpress.json)`,
  ];
  if (report.clashes.length > 0) {
    lines.push('', `Not written, the slug is taken (${report.clashes.length}):`);
    for (const clash of report.clashes) lines.push(`  ${clash}`);
  }
  if (report.notes.length > 0) {
    lines.push('', `Not converted, or changed on the way (${report.notes.length}):`);
    for (const note of report.notes)
      lines.push(
        `  ${note.post}${note.line ? `, line ${note.line}` : ''}: ${note.what}${note.kept ? ` — kept as a link to ${note.kept}` : ''}`,
      );
  }
  return lines.join('\n');
}
