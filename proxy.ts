/**
 * Runs before every request of `npm start` except Next's image optimizer, for three jobs.
 *
 * 1. Files Next serves as they are (public/ and /_next/static): Next answers a method other
 *    than GET or HEAD on such a file (405 in its code) and a Range it cannot satisfy (416) with
 *    a 500, because it renders those answers with a Pages Router error page this app-router site
 *    does not have. So: other methods get 405 with Allow: GET, HEAD; Range is dropped, and the
 *    whole file is sent with 200, which HTTP allows (nothing on the site asks for part of a
 *    file). TRACE never reaches this code (Next refuses to build a Request for it);
 *    server/refuse-trace.js answers it in `npm start`.
 *
 * 2. Addresses that do not exist (lib/route-guard, from lib/route-manifest.ts and the content
 *    store: its route table, or its tables in the database, asked a point question per address): a made-up story slug, tag, author, month or page number, anything
 *    below /search or a feed, an /api endpoint this build lacks, whatever the method, gets the
 *    prerendered 404 page from here, so Next neither renders it nor writes it to the page cache
 *    (stories outside the prerendered window and deep list pages render on request; docs/decisions/023).
 *
 * Each page's Content-Security-Policy is not decided here: `npm start` computes it from the
 * HTML it sends (server/html-policy.js, docs/decisions/019), the 404 page included.
 */
import { type NextRequest, NextResponse } from 'next/server';

import { readEnv } from './lib/env';
import { isPublicFile, notFoundHtml, verdictFor } from './lib/route-guard/current';
import { isStaticFilePath } from './lib/route-guard/static-files';
import { methodsFor } from './lib/route-manifest';
import { MALFORMED_PATH_PATTERN } from './lib/security/malformed-url.js';

/** Paths next.config.js rewrites to the 404 page (lib/security/malformed-url.js). */
const MALFORMED = new RegExp(`^/${MALFORMED_PATH_PATTERN}$`);

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Answered here rather than by the rewrite, which renders its 404 page into the page cache.
  if (MALFORMED.test(request.nextUrl.pathname)) return notFound(request) ?? NextResponse.next();
  if (isStaticFilePath(request.nextUrl.pathname)) return staticFile(request);
  return (await refuseUnknown(request)) ?? refuseMethod(request) ?? pageOneRedirect(request) ?? NextResponse.next();
}

/**
 * 4. Pages, feeds, cards and files answer GET and HEAD only, API endpoints their own methods
 *    (lib/route-manifest.ts): anything else is a 405 here, before a route renders (a POST to a
 *    page would otherwise render it, and its 404, into the page cache).
 */
function refuseMethod(request: NextRequest): NextResponse | undefined {
  if (process.env.NODE_ENV === 'development') return undefined;
  if (readEnv('DATELINE_EDITOR') && EDITOR_API.test(request.nextUrl.pathname)) return undefined;
  const methods = methodsFor(request.nextUrl.pathname.split('/').slice(1));
  if (methods.includes(request.method) || (request.method === 'HEAD' && methods.includes('GET'))) return undefined;
  return new NextResponse(null, { status: 405, headers: { Allow: methods.join(', ') } });
}

/**
 * 3. /…/page/1 → the list's own URL, permanently. The routes redirect too (app/paged-fronts.tsx), but a
 *    redirect that renders on request reaches the reader with its Location header twice (Next
 *    16.4, first render only), which some clients refuse; answered here, it never renders.
 */
function pageOneRedirect(request: NextRequest): NextResponse | undefined {
  const list = /^(\/.+)\/page\/1\/?$/.exec(request.nextUrl.pathname)?.[1];
  if (list === undefined || process.env.NODE_ENV === 'development') return undefined;
  const target = request.nextUrl.clone();
  target.pathname = list;
  return NextResponse.redirect(target, 308);
}

function staticFile(request: NextRequest): NextResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  // A file that is not there would fall through to the story route (/images/<slug>) and be
  // rendered, and cached, as a 404; answer it here instead.
  if (!isPublicFile(request.nextUrl.pathname)) return notFound(request) ?? NextResponse.next();
  if (request.headers.has('range')) {
    const headers = new Headers(request.headers);
    headers.delete('range');
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

/** An operator's build with the newsroom editor in it (DATELINE_EDITOR=1, next.config.js): its pages and API. */
const EDITOR_API = /^\/(?:api\/)?keystatic(?:\/|$)/;

async function refuseUnknown(request: NextRequest): Promise<NextResponse | undefined> {
  if (process.env.NODE_ENV === 'development') return undefined; // `next dev` renders everything anyway.
  if (readEnv('DATELINE_EDITOR') && EDITOR_API.test(request.nextUrl.pathname)) return undefined;
  if ((await verdictFor(request.nextUrl.pathname)) !== 'unknown') return undefined;
  return notFound(request);
}

function notFound(request: NextRequest): NextResponse | undefined {
  if (process.env.NODE_ENV === 'development') return undefined;
  const html = notFoundHtml();
  if (html === null) return undefined;
  // Only GET gets the page: a HEAD, and a POST to an address that does not exist, get the status alone.
  return new NextResponse(request.method === 'GET' ? html : null, {
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
