/**
 * Requests a hostile or broken client sends: percent-encoded, overlong, traversal, unicode, NUL,
 * junk queries, wrong methods and odd headers, against every kind of page. Deterministic: the
 * same list on every run. The server must never answer 5xx or show a stack trace or a path of
 * its own file system.
 */
import type { RawRequest, RawResponse } from './raw-http';

/** One page of each kind, plus files the server serves from disk. */
export function basePaths(articleUrl: string): string[] {
  return [
    '/',
    '/world',
    '/world/page/2',
    articleUrl,
    '/tag',
    '/tag/sao-paulo',
    '/author/elena-marsh',
    '/archive',
    '/archive/2026/11',
    '/about',
    '/corrections',
    '/search',
    '/feed.xml',
    '/sitemap.xml',
    '/card.png',
    '/pagefind/indexes.json',
    '/_next/static/chunks/x.js',
  ];
}

const encodeAll = (path: string) =>
  path.replace(/[^/]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Each turns a good path into an odd one. */
const PATH_VARIANTS: ((path: string) => string)[] = [
  (p) => encodeAll(p),
  (p) => encodeAll(p).toLowerCase(),
  (p) => encodeAll(p).replace(/%/g, '%25'),
  (p) => `${p}/%`,
  (p) => `${p}%zz`,
  (p) => `${p}/%E0%A4%A`,
  (p) => `${p}/%FF%FE`,
  (p) => `${p}/%C0%AE%C0%AE/`,
  (p) => `${p}/%ED%A0%80`,
  (p) => `${p}%00`,
  (p) => `${p}/%00/x`,
  (p) => `${p}/../../../../etc/passwd`,
  (p) => `${p}/%2e%2e%2f%2e%2e%2fpackage.json`,
  (p) => `${p}/..%5c..%5c..%5cpackage.json`,
  (p) => `${p}/%252e%252e%252f`,
  (p) => `${p}/são-paulo/東京/🙂`,
  (p) => `${p}/%E2%80%AE%F0%9F%99%82`,
  (p) => `${p}／`,
  (p) => `${p}//`,
  (p) => `${p}/.`,
  (p) => `${p};jsessionid=1`,
  (p) => `${p}?q=%&x=%zz&%=%`,
  (p) => `${p}?__proto__[polluted]=1&constructor[prototype][x]=1`,
  (p) => `${p}?_rsc=%00&nxtPslug=../../x&nxtIsection=1`,
  (p) => `${p}?x=<script>alert(1)</script>&y="'>`,
  (p) => `${p}?${'&'.repeat(2000)}`,
  (p) => `${p}?q=${'a'.repeat(6000)}`,
  (p) => p.toUpperCase(),
];

const LONG_PATHS = [8, 16, 32, 64].flatMap((kb) => [
  `/${'a'.repeat(kb * 1024)}`,
  `/${'world/'.repeat(Math.floor((kb * 1024) / 6))}`,
  `/tag/${'%C3%A9'.repeat(Math.floor((kb * 1024) / 6))}`,
]);

const TRAVERSALS = [
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fetc/passwd',
  '/..%5c..%5cwindows/win.ini',
  '/.env',
  '/.git/config',
  '/package.json',
  '/next.config.js',
  '/.next/server/app/index.html',
  '/.next/BUILD_ID',
  '/node_modules/next/package.json',
  '/_next/static/../../../package.json',
  '/_next/static/..%2f..%2f..%2fpackage.json',
  '/_next/image?url=/etc/passwd&w=64&q=75',
  '/_next/image?url=http://127.0.0.1:9/x.png&w=64&q=75',
  '/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75',
  '/_next/image?url=/images/nope.jpg&w=99999&q=75',
  '/_next/image?url=&w=&q=',
  '/pagefind/..%2f..%2fpackage.json',
  '//etc/passwd',
  '/\\..\\..\\package.json',
  '/%5c%5cexample.org',
  '/_next/data/x/index.json',
  '/_next/webpack-hmr',
  '/api/x',
  '/%2F%2Fexample.org',
];

const METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD', 'FOO'];

const ODD_HEADERS: Record<string, string>[] = [
  { RSC: '1' },
  { RSC: '1', 'Next-Router-State-Tree': 'garbage%%%' },
  { RSC: '1', 'Next-Router-State-Tree': encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]') },
  { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/../../x' },
  { 'Next-Action': 'deadbeef' },
  { 'x-nextjs-data': '1' },
  { 'x-middleware-prefetch': '1', purpose: 'prefetch' },
  { 'x-matched-path': '/_not-found', 'x-invoke-path': '/_error', 'x-invoke-status': '500' },
  { 'x-prerender-revalidate': 'x', Cookie: '__prerender_bypass=1; __next_preview_data=%%%' },
  { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' },
  { Range: 'bytes=99999999-' },
  { Range: 'bytes=-1,0-0,5-2' },
  { 'If-None-Match': '*', 'If-Modified-Since': 'not a date' },
  { 'Accept-Encoding': 'gzip;q=oops, br;q=-1, *' },
  { Accept: 'text/x-component, application/json;;;' },
  { 'Accept-Language': `${'en-GB,'.repeat(500)}xx` },
  { 'Content-Type': 'multipart/form-data; boundary=' },
  { Cookie: 'a'.repeat(3000) },
];

export interface OddRequest extends RawRequest {
  label: string;
}

/** The full list: well over 500 requests. */
export function oddRequests(articleUrl: string): OddRequest[] {
  const bases = basePaths(articleUrl);
  const list: OddRequest[] = [];
  for (const base of bases) {
    PATH_VARIANTS.forEach((variant, i) =>
      list.push({ label: `path variant ${i}`, method: 'GET', path: variant(base) }),
    );
    for (const method of METHODS) {
      list.push({
        label: method,
        method,
        path: base,
        body: method === 'GET' || method === 'HEAD' ? undefined : 'a=1&b=%%%',
      });
    }
    ODD_HEADERS.forEach((headers, i) => {
      const method = 'Next-Action' in headers || 'Content-Type' in headers ? 'POST' : 'GET';
      list.push({
        label: `odd headers ${i}`,
        method,
        path: base,
        headers,
        body: method === 'POST' ? '--\r\n' : undefined,
      });
    });
  }
  for (const path of [...LONG_PATHS, ...TRAVERSALS]) list.push({ label: 'long or traversal', method: 'GET', path });
  return list;
}

/** Every nth request: a smaller sample with every category still in it. */
export function sample<T>(list: T[], size: number): T[] {
  const step = Math.max(1, Math.floor(list.length / size));
  return list.filter((_, i) => i % step === 0).slice(0, size);
}

/** What must never be in an answer: a server error, a stack frame, or a path of the machine. */
export function problemWith(response: RawResponse, root: string, request?: RawRequest): string | undefined {
  // Node's HTTP parser refuses a request head over 16 KB (--max-http-header-size) by closing
  // the connection, sometimes before its 431 reaches the client: a refusal, not a failure.
  const overlong =
    request !== undefined && request.path.length + JSON.stringify(request.headers ?? {}).length > 16 * 1024;
  if (response.status === 0 && !overlong) return 'no HTTP answer';
  if (response.status >= 500) return `status ${response.status}`;
  if (/\bat [\w.$<>[\] ]+ \((?:\/|file:|node:)[^)]*:\d+:\d+\)/.test(response.text)) return 'a stack trace in the body';
  for (const leak of [root, '/node_modules/', '/.next/server', 'webpack-internal:', 'ENOENT', 'ERR_']) {
    if (response.text.includes(leak)) return `"${leak}" in the body`;
  }
  return undefined;
}
