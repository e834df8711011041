/** URL slugs from headlines: ASCII, lowercase, hyphenated, at most eight words, never repeated. */

const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', đ: 'd' };

export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØßæÆđ]/g, (letter) => SPECIAL[letter] ?? letter)
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Hands out slugs, adding -2, -3, … when a headline's slug is taken. */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  claim(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
