/**
 * Runs before Next serves a file as it is (public/ and /_next/static), and only then: the
 * matcher below names those folders, so pages, feeds and images skip the proxy entirely.
 *
 * Next answers a method other than GET or HEAD on such a file (405 in its code) and a Range it
 * cannot satisfy (416) with a 500, because it renders those answers with a Pages Router error
 * page this app-router site does not have. So: other methods get 405 with Allow: GET, HEAD; Range
 * is dropped, and the whole file is sent with 200, which HTTP allows (nothing on the site asks for
 * part of a file). TRACE never reaches this code (Next refuses to build a Request for it);
 * server/refuse-trace.js answers it in `npm start`.
 *
 * Each page's Content-Security-Policy is no longer looked up here: `npm start` computes it from
 * the HTML it sends (server/html-policy.js, docs/decisions/019).
 */
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
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

export const config = {
  // Next's build assets and everything under public/: keep in step with the folders there.
  matcher: ['/_next/static/:path*', '/images/:path*', '/pagefind/:path*', '/favicon.ico'],
};
