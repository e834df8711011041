/**
 * Writes frontmatter the way the sample content is written: one field a line, text in double
 * quotes (JSON's escaping is valid YAML), lists in brackets, dates bare.
 */
export type FrontmatterValue = string | boolean | string[] | Record<string, string> | { date: string };

const quote = (text: string) => JSON.stringify(text);

export function frontmatter(fields: [name: string, value: FrontmatterValue | undefined][]): string {
  const lines = ['---'];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    if (typeof value === 'boolean') lines.push(`${name}: ${value}`);
    else if (typeof value === 'string') lines.push(`${name}: ${quote(value)}`);
    else if (Array.isArray(value)) lines.push(`${name}: [${value.map(quote).join(', ')}]`);
    else if ('date' in value && typeof value.date === 'string' && Object.keys(value).length === 1)
      lines.push(`${name}: ${value.date}`);
    else {
      lines.push(`${name}:`);
      for (const [key, item] of Object.entries(value)) if (item) lines.push(`  ${key}: ${quote(item)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
