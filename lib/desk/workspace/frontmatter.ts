/** Setting `draft: true` in a story's frontmatter, for an unpublish, leaving every other line as it was. */
export function withDraft(text: string): string {
  const match = /^(---[ \t]*\n)([\s\S]*?)(\n---[ \t]*(?:\n|$))/.exec(text);
  if (!match) return text; // Not a story the check accepts anyway; the check says why.
  const [whole, open = '', fields = '', close = ''] = match;
  const lines = fields.split('\n');
  const index = lines.findIndex((line) => /^draft\s*:/.test(line));
  if (index >= 0) lines[index] = 'draft: true';
  else lines.push('draft: true');
  return `${open}${lines.join('\n')}${close}${text.slice(whole.length)}`;
}
