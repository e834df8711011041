/**
 * Runs before every request of `next start`, for three jobs.
 *
 * 1. Each page's Content-Security-Policy (lib/security/page-policy.ts): a prerendered page
 *    allows exactly its own inline scripts by hash. Looked up here in one Map, because one
 *    header rule per page in next.config.js made `next start` try 24,000 rules on every
 *    request at 20,000 stories (docs/decisions/019).
 *
 * 2. Files Next serves as they are (public/ and /_next/static): Next answers a method other
 *    than GET or HEAD (405 in its code) and a Range it cannot satisfy (416) with a 500, because
 *    it renders those answers with a Pages Router error page this app-router site does not
 *    have. So: other methods get 405 with Allow: GET, HEAD; Range is dropped, and the whole
 *    file is sent with 200, which HTTP allows (nothing on the site asks for part of a file).
 *    TRACE never reaches this code (Next refuses to build a Request for it);
 *    lib/security/refuse-trace.cjs answers it in `npm start`.
 */
import { type NextRequest, NextResponse } from 'next/server';

import { notFoundHtml, verdictFor } from './lib/route-guard/current';
import { pagePolicy } from './lib/security/page-policy';

// Next's build assets and everything under public/: keep in step with the folders there.
const STATIC_FILE = /^\/(?:_next\/static\/|images\/|pagefind\/|favicon\.ico$)/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (STATIC_FILE.test(pathname)) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    if (request.headers.has('range')) {
      const headers = new Headers(request.headers);
      headers.delete('range');
      return NextResponse.next({ request: { headers } });
    }
    return NextResponse.next();
  }
  const response = refuseUnknown(request) ?? NextResponse.next();
  const policy = pagePolicy(pathname);
  if (policy) response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * 3. Addresses the content store does not have (lib/route-guard): a made-up story slug, tag,
 *    author, month or page number gets the prerendered 404 page from here, so Next neither
 *    renders it nor writes it to the page cache (stories outside the prerendered window and
 *    deep list pages render on request; docs/decisions/023).
 */
function refuseUnknown(request: NextRequest): NextResponse | undefined {
  if (process.env.NODE_ENV === 'development') return undefined; // `next dev` renders everything anyway.
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  if (verdictFor(request.nextUrl.pathname) !== 'unknown') return undefined;
  const html = notFoundHtml();
  if (html === null) return undefined;
  return new NextResponse(request.method === 'HEAD' ? null : html, {
    status: 404,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // What Next sends with its own 404 page: no shared cache keeps it.
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  });
}

export const config = {
  // Everything but Next's image optimizer, which answers with its own policy.
  matcher: ['/((?!_next/image).*)'],
};
