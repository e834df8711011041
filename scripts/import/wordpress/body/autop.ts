/**
 * The classic editor stores paragraphs as blank lines, not <p> elements: WordPress adds the
 * markup when it prints the post (its wpautop filter). This does the same for the converter:
 * text between blank lines that is not already a block element becomes a paragraph, and a
 * single line break inside one becomes <br>. Block-editor posts (with <!-- wp: --> comments)
 * already carry their markup and are returned unchanged. Line breaks are kept, so positions
 * in the result are lines of the export.
 */
const BLOCK =
  /^<(?:address|article|aside|blockquote|dd|details|div|dl|dt|figure|figcaption|footer|form|h[1-6]|header|hr|iframe|li|main|nav|noscript|ol|p|pre|script|section|style|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|object|embed|!--)/i;

export function autop(html: string): string {
  if (/<!--\s*wp:/.test(html)) return html;
  // Blank-line-separated chunks; a chunk inside <pre> or an open block is left alone.
  const chunks = html.split(/(\n[ \t]*\n)/);
  let depth = 0;
  return chunks
    .map((chunk) => {
      if (/^\n[ \t]*\n$/.test(chunk)) return chunk;
      const trimmed = chunk.trim();
      const opens = (chunk.match(/<(pre|table|ul|ol|blockquote|div|figure|script|style)\b/gi) ?? []).length;
      const closes = (chunk.match(/<\/(pre|table|ul|ol|blockquote|div|figure|script|style)>/gi) ?? []).length;
      const inside = depth > 0;
      depth = Math.max(0, depth + opens - closes);
      if (trimmed === '' || inside || BLOCK.test(trimmed)) return chunk;
      const lead = /^\s*/.exec(chunk)?.[0] ?? '';
      const tail = /\s*$/.exec(chunk)?.[0] ?? '';
      return `${lead}<p>${trimmed.replace(/\n/g, '<br>\n')}</p>${tail}`;
    })
    .join('');
}
