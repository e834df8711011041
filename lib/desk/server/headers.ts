/**
 * Response headers of every desk answer: nothing may frame it, no referrer leaves it, nothing of
 * a signed-in person is cached anywhere. Pages of our own carry no script at all; the Keystatic
 * editor (a Next build) gets Next's script-src, without eval, from its own headers.
 */
import { createHash } from 'node:crypto';

export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export function pagePolicy(inlineStyles: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `style-src ${inlineStyles.length ? inlineStyles.map(styleHash).join(' ') : "'none'"}`,
    "img-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** For the Keystatic editor's pages and files, which load the desk build's scripts and styles. */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  // Not no-referrer: with it, browsers send `Origin: null` on the desk's own form posts, which the
  // CSRF check must refuse. same-origin sends nothing to other sites.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
