/**
 * The first thing the desk does with a request's path, before it looks at who is asking: refuse
 * spellings that could mean two things to two layers (an encoded slash or dot, a backslash, a dot
 * segment, an empty segment), so the gate and what stands behind it always see the same path.
 */

/** The desk's own addresses (not the site's: lib/routes.ts is for readers' URLs). */
export const DESK_PATHS = { home: '/desk', signIn: '/desk/sign-in', signOut: '/desk/sign-out' } as const;

export const signInAddress = (next: string) => `${DESK_PATHS.signIn}?next=${encodeURIComponent(next)}`;

/** True for C0 control characters, space and DEL: none belongs in a desk address or a saved path. */
export const hasControlCharacter = (text: string) =>
  Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)).some(
    (code) => code <= 0x20 || code === 0x7f,
  );

export type PathVerdict = { ok: true; path: string; search: string } | { ok: false; reason: string };

/**
 * Keystatic's own page addresses put a nested entry's slug in one segment, slash encoded
 * (/keystatic/collection/articles/item/2026%2Fharbour-lights). Only there is %2F allowed,
 * and only between slug characters.
 */
const KEYSTATIC_ITEM = /^\/keystatic\/(?:branch\/[^/]+\/)?collection\/[a-z]+\/item\/[a-z0-9-]+(?:%2F[a-z0-9-]+)*\/?$/i;

export function checkPath(rawUrl: string): PathVerdict {
  if (!rawUrl.startsWith('/')) return { ok: false, reason: 'the address must start with /' };
  const question = rawUrl.indexOf('?');
  const path = question === -1 ? rawUrl : rawUrl.slice(0, question);
  const search = question === -1 ? '' : rawUrl.slice(question);
  if (path.includes('\\') || /%5c/i.test(path)) return { ok: false, reason: 'a backslash in the address' };
  if (/%2f/i.test(path) && !KEYSTATIC_ITEM.test(path)) return { ok: false, reason: 'an encoded slash in the address' };
  if (/%2e/i.test(path)) return { ok: false, reason: 'an encoded dot in the address' };
  if (/%(?![0-9a-f]{2})/i.test(path)) return { ok: false, reason: 'a broken %-escape in the address' };
  // Control characters, NUL and spaces never appear in the desk's addresses.
  if (hasControlCharacter(path) || /%[01][0-9a-f]|%7f/i.test(path))
    return { ok: false, reason: 'a control character in the address' };
  const segments = path.split('/').slice(1);
  // An empty segment anywhere but a trailing slash: //, /desk//x.
  if (segments.slice(0, -1).some((segment) => segment === ''))
    return { ok: false, reason: 'an empty part (//) in the address' };
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return { ok: false, reason: 'a . or .. part in the address' };
  return { ok: true, path, search };
}

/**
 * Where to send someone after they sign in: a path on the desk only (never another host, never
 * a protocol-relative //host), else the desk's front page.
 */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/desk';
  const verdict = checkPath(value);
  if (!verdict.ok) return '/desk';
  if (verdict.path.toLowerCase().startsWith('/desk/sign-')) return '/desk';
  return value;
}

/** What kind of place a path is, judged in lower case so /DESK and /Api/Keystatic are no way round the gate. */
export type Area = 'sign-in' | 'sign-out' | 'api' | 'page';

export function areaOf(path: string): Area {
  const lower = path.toLowerCase().replace(/\/$/, '');
  if (lower === '/desk/sign-in') return 'sign-in';
  if (lower === '/desk/sign-out') return 'sign-out';
  if (lower === '/api' || lower.startsWith('/api/') || lower.startsWith('/_next/')) return 'api';
  return 'page';
}
