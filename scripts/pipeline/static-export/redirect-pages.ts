/**
 * A page that redirects during prerendering (`/…/page/1` → `/…`, app/paged-fronts.tsx) is exported by
 * Next as an error shell whose only way on is client JavaScript: no status, no meta refresh.
 * On a static host it must still reach its target, with script or without, and tell search
 * engines where the content lives. So each such file becomes a small HTML page with a
 * zero-second meta refresh, rel=canonical and a plain link. Hosts that support real redirects
 * get the same list as rules (host-files.ts).
 */
import { prerenderedRedirect } from '../../../lib/runtime/next-internals.js';

export interface Redirect {
  from: string;
  to: string;
  permanent: boolean;
}

/** The redirect an exported shell stands for, or undefined for an ordinary page. */
export function exportedRedirect(html: string): { to: string; permanent: boolean } | undefined {
  // Next's shell and its payload are read by lib/runtime/next-internals.js.
  const redirect = prerenderedRedirect(html);
  return redirect && { to: redirect.to, permanent: redirect.status === 308 || redirect.status === 301 };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page a static host serves in place of a redirect. `absolute` turns a path into the canonical URL. */
export function redirectPage(to: string, absolute: (path: string) => string): string {
  const href = escape(to);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Moved</title>',
    `<meta http-equiv="refresh" content="0;url=${href}">`,
    `<link rel="canonical" href="${escape(absolute(to))}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    `<body><p>This page has moved to <a href="${href}">${href}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}
