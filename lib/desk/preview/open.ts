/**
 * Opening a preview link: what a stranger's request for `/preview/…` gets (no account needed).
 * In order, each refusal a 404:
 *
 *   1. the path is not exactly a preview address (./signature.ts)        → not found;
 *   2. the signature is not the desk's own (forged, or id/expiry altered) → not found;
 *   3. the signed expiry has passed                                       → "this link has expired";
 *   4. no such link in desk_preview_links                                 → not found;
 *   5. the link was withdrawn                                             → "this link was withdrawn";
 *   6. the story is no longer in the desk or on the site                  → not found.
 *
 * Steps 1–3 need nothing but the address and the key, so a forged or stale address never reaches
 * the database. The page is the story's unpublished version, rendered by the site's own article
 * component (components/article/StoryArticle.tsx) through a renderer the desk server hands in
 * (scripts/desk/render-preview.tsx: lib/ does not import components/).
 */
import type { ArticleDetail } from '../../content/types';
import { formatDateTime } from '../../format';
import { site } from '../../site';
import { pagePolicy } from '../server/headers';
import type { StoryKey } from '../workspace/story-key';
import { parseKeyText } from '../workspace/story-key';
import { draftArticle } from './draft-article';
import { rewritePictures } from './picture-addresses';
import { parsePreviewPath, signatureHolds } from './signature';
import { expirySeconds, type PreviewLink, type PreviewLinkStore } from './store';

export type PreviewVerdict =
  | { state: 'not found' }
  | { state: 'expired'; at: string }
  | { state: 'withdrawn' }
  | { state: 'open'; link: PreviewLink; story: StoryKey };

/** Turns the article into the markup of the site's article column (the desk server's renderer). */
export type PreviewRenderer = (article: ArticleDetail) => string;

export interface PreviewDependencies {
  key: Buffer;
  store: PreviewLinkStore;
  now: () => Date;
  /** The story's main file and text: the desk's workspace copy, else the site's. */
  readStory: (key: StoryKey) => { file: string; text: string } | undefined;
  render: PreviewRenderer | undefined;
  /** The site's stylesheet, as readers get it (./site-css.ts). */
  css: () => string;
  /**
   * The public folders the story's pictures are read from, first match wins: the desk's workspace
   * (uploads not yet published), then the site's public/ (./pictures.ts).
   */
  pictureFolders?: readonly string[];
}

const NOT_FOUND: PreviewVerdict = { state: 'not found' };

export async function checkPreview(
  path: string,
  deps: Pick<PreviewDependencies, 'key' | 'store' | 'now'>,
): Promise<PreviewVerdict> {
  const token = parsePreviewPath(path);
  if (!token || !signatureHolds(deps.key, token)) return NOT_FOUND;
  const expiresAt = new Date(token.expires * 1000).toISOString();
  if (token.expires * 1000 <= deps.now().getTime()) return { state: 'expired', at: expiresAt };
  const link = await deps.store.find(token.id);
  // A link's address carries the expiry it was made with; any other, even signed, is not that link.
  if (!link || expirySeconds(link) !== token.expires) return NOT_FOUND;
  if (link.revokedAt) return { state: 'withdrawn' };
  const story = parseKeyText(link.story);
  return story ? { state: 'open', link, story } : NOT_FOUND;
}

/** Headers of every answer under /preview/, found or not: never indexed, never cached, no referrer. */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The preview's own few rules, beside the site's stylesheet: the banner and the refusal pages. */
export const PREVIEW_CSS =
  '.preview-banner{margin:0;padding:.75rem 1rem;background:#fff6d6;color:#1a1a1a;border-bottom:2px dashed #a4161a;font:600 .95rem/1.4 system-ui,sans-serif;text-align:center}' +
  '.preview-message{max-width:36rem;margin:4rem auto;padding:0 1rem;font:1rem/1.5 system-ui,sans-serif}';

function document(options: { title: string; body: string; css?: string; status: number }): Response {
  const styles = [options.css ?? '', PREVIEW_CSS].filter(Boolean);
  const text = `<!doctype html>
<html lang="${escape(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(options.title)}</title>
${styles.map((css) => `<style>${css}</style>`).join('\n')}
</head>
${options.body}
</html>
`;
  return new Response(text, {
    status: options.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...PREVIEW_HEADERS,
      'Content-Security-Policy': pagePolicy(styles).replace("form-action 'self'", "form-action 'none'"),
    },
  });
}

const message = (title: string, text: string) =>
  document({
    title: `${title} — ${site.name}`,
    status: 404,
    body: `<body><main class="preview-message"><h1>${escape(title)}</h1><p>${escape(text)}</p></main></body>`,
  });

export const previewNotFound = () => message('Not found', 'There is nothing at this address.');

/** What a GET or HEAD of a /preview/ address answers. */
export async function answerPreview(path: string, deps: PreviewDependencies): Promise<Response> {
  const verdict = await checkPreview(path, deps);
  switch (verdict.state) {
    case 'not found':
      return previewNotFound();
    case 'expired':
      return message(
        'This preview link has expired',
        `It stopped working on ${formatDateTime(verdict.at)}. Ask the newsroom for a new link.`,
      );
    case 'withdrawn':
      return message(
        'This preview link was withdrawn',
        'The newsroom withdrew it before it expired, so it no longer shows the story. Ask them for a new link.',
      );
    case 'open':
      break;
  }
  const found = deps.readStory(verdict.story);
  if (!found?.file.startsWith('articles/')) return previewNotFound();
  const draft = await draftArticle(`content/${found.file}`, found.text, verdict.story, {
    ...(deps.pictureFolders ? { pictureFolders: deps.pictureFolders } : {}),
  });
  if (!draft.ok)
    return message(
      'This preview cannot be shown yet',
      `The story cannot be shown as readers would see it: ${draft.reason}.`,
    );
  if (!deps.render)
    throw new Error('the desk was started without a preview renderer (scripts/desk/desk.ts hands one to the gate)');
  const expires = formatDateTime(verdict.link.expiresAt);
  // The site's picture addresses (/images/…, /_next/image?url=…) are behind sign-in on the desk:
  // the page asks for each picture under its own link instead (./pictures.ts).
  let rendered: string;
  try {
    rendered = deps.render(draft.article);
  } catch (error) {
    // A picture the body names but neither the desk nor the site has (its size is unknown).
    return message(
      'This preview cannot be shown yet',
      `The story cannot be shown as readers would see it: ${(error as Error).message}.`,
    );
  }
  const markup = rewritePictures(rendered, path);
  return document({
    title: `Preview: ${draft.article.title} — ${site.name}`,
    css: deps.css(),
    status: 200,
    body: `<body id="top" class="min-h-screen bg-paper font-serif text-ink antialiased">
<p class="preview-banner" role="note" data-testid="preview-banner">Preview — not published; link expires <time datetime="${escape(verdict.link.expiresAt)}">${escape(expires)}</time></p>
<main class="mx-auto max-w-3xl px-4 pt-6 pb-16"><article class="mx-auto max-w-3xl">${markup}</article></main>
</body>`,
  });
}
