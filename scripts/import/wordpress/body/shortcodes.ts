/**
 * WordPress shortcodes ([caption], [gallery], [embed]…) live in the post's text, not its HTML,
 * so they are turned into HTML before the HTML is parsed. The ones with a meaning the site can
 * carry become the markup WordPress itself would print for them; every other one is removed and
 * listed in the report (with its address kept as a link when it has one). Line breaks are kept,
 * so later report lines still point at the export's own lines.
 */
export interface ShortcodeNote {
  /** Line inside the post's content, from 1. */
  line: number;
  what: string;
  /** The address kept in the body, when there was one. */
  kept?: string;
}

/** Shortcodes that WordPress core or its common plugins register; others in brackets stay text ("[sic]", "[1]"). */
const KNOWN = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'audio',
  'video',
  'playlist',
  'youtube',
  'vimeo',
  'tweet',
  'instagram',
]);

const SHORTCODE = /\[(\[?)([A-Za-z][\w-]*)((?:\s[^\]]*)?)\](?:([\s\S]*?)\[\/\2\])?(\]?)/g;

const attributesOf = (text: string): Record<string, string> => {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    found[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
};

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const keepLines = (original: string) => '\n'.repeat((original.match(/\n/g) ?? []).length);

/** A shortcode's own address: its url/src attribute, a bare URL inside it, or its first positional word when that is a URL. */
function addressIn(attributes: Record<string, string>, inner: string, attributeText: string): string | undefined {
  const candidate = attributes.url ?? attributes.src ?? attributes.mp4 ?? attributes.mp3 ?? inner.trim();
  const url = /https?:\/\/[^\s"'<>\]]+/.exec(candidate || attributeText)?.[0];
  return url;
}

export function expandShortcodes(html: string, notes: ShortcodeNote[]): string {
  return html.replace(
    SHORTCODE,
    (
      whole,
      open: string,
      rawName: string,
      attributeText: string,
      inner: string | undefined,
      close: string,
      offset: number,
    ) => {
      // [[name]] is WordPress's way of writing a shortcode as text.
      if (open === '[' && close === ']') return whole.slice(1, -1);
      const name = rawName.toLowerCase();
      const hasAttributes = attributeText.includes('=');
      if (!KNOWN.has(name) && !hasAttributes && inner === undefined) return whole;
      const attributes = attributesOf(attributeText);
      const line = lineAt(html, offset);
      const body = inner ?? '';
      switch (name) {
        case 'caption':
        case 'wp_caption': {
          // [caption id="attachment_6" …]<a><img …></a> The caption text[/caption]
          const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(body)?.[0] ?? '';
          const caption = (attributes.caption ?? body.replace(image, '')).trim();
          return `<figure data-attachment="${escapeAttribute((attributes.id ?? '').replace(/^attachment_/, ''))}">${image}<figcaption>${caption}</figcaption></figure>${keepLines(whole)}`;
        }
        case 'gallery': {
          const ids = attributes.ids ?? attributes.include ?? '';
          return `<div class="gallery" data-ids="${escapeAttribute(ids)}" data-line="${line}"></div>${keepLines(whole)}`;
        }
        case 'embed':
        case 'youtube':
        case 'vimeo':
        case 'tweet':
        case 'instagram': {
          // Their address becomes a paragraph of its own, which the converter embeds like WordPress's auto-embeds.
          const url = addressIn(attributes, body, attributeText);
          if (url) return `<p>${escapeAttribute(url)}</p>${keepLines(whole)}`;
          notes.push({ line, what: `[${name}] shortcode without an address` });
          return keepLines(whole);
        }
        default: {
          const url = addressIn(attributes, body, attributeText);
          notes.push({ line, what: `[${name}] shortcode`, ...(url ? { kept: url } : {}) });
          const text = inner !== undefined && !/^\s*https?:\/\/\S+\s*$/.test(inner) ? inner : '';
          const link = url ? `<a href="${escapeAttribute(url)}">${escapeAttribute(url)}</a>` : '';
          return `${text}${link}${keepLines(whole.slice(0, whole.length - (inner?.length ?? 0)))}`;
        }
      }
    },
  );
}
