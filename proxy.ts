/**
 * Runs only for files Next serves as they are (public/ and its build assets), never for pages.
 *
 * Next answers two kinds of request for those files with a 500, because it renders the answer
 * with a Pages Router error page this app-router site does not have: a method other than GET
 * or HEAD (405 in Next's code) and a Range it cannot satisfy (416). A 500 means "we are
 * broken" to monitors and crawlers, so this answers them first:
 * - any other method: 405 with Allow: GET, HEAD;
 * - any Range: dropped, so the whole file is sent with 200, which HTTP allows a server to do.
 *   Nothing on the site asks for part of a file (pictures, scripts and the search index are
 *   fetched whole), so no reader loses anything.
 * TRACE is the one method still answered 500 here: Next refuses to build a Request for it
 * before this code runs. Deployments block it at the reverse proxy (docs/deploy.md).
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
  // Everything under public/ and Next's own static assets. Keep in step with public/.
  matcher: ['/_next/static/:path*', '/images/:path*', '/pagefind/:path*', '/favicon.ico'],
};
