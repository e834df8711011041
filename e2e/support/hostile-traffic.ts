/**
 * Hostile traffic for e2e/shared-cache.publish.ts: tens of thousands of requests for addresses
 * that do not exist, generated from the route manifest (lib/route-manifest.ts) and the build's
 * route table, and every real address the table knows. Sent over keep-alive connections, many
 * at a time, so the run takes seconds, not minutes; the server must answer none with a 5xx and
 * store none of them in any cache (what the test measures with ./cache-bytes.ts).
 */
import { Agent, request } from 'node:http';

import type { RouteTable } from '../../lib/route-guard/table';
import { SECTION_FILES, SITE_NAMES, type SiteName } from '../../lib/route-manifest';

export const HOSTILE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'] as const;

export interface PlainRequest {
  method: string;
  path: string;
}

/** Every address the route table says exists, one of each list page, with the site's own names. */
export function realAddresses(table: RouteTable): string[] {
  // The site's own pages and files (lib/route-manifest.ts), then what the store has.
  const paths = new Set<string>(
    Object.entries<SiteName>(SITE_NAMES)
      .filter(([, entry]) => entry.self !== 'none')
      .map(([name]) => `/${name}`),
  );
  for (const [section, { pages, stories }] of Object.entries(table.sections)) {
    paths.add(`/${section}`);
    for (let page = 2; page <= pages; page++) paths.add(`/${section}/page/${page}`);
    for (const file of Object.keys(SECTION_FILES)) paths.add(`/${section}/${file}`);
    for (const story of stories) paths.add(`/${section}/${story}`);
  }
  for (const card of table.cards) paths.add(`/${card}/card.png`);
  for (const [blog, posts] of Object.entries(table.live ?? {})) {
    paths.add(`/${blog}/posts.json`);
    for (const post of posts) paths.add(`/${blog}/page/${post}`);
  }
  for (const page of table.pages) paths.add(`/${page}`);
  for (const [tag, pages] of Object.entries(table.tags)) {
    paths.add(`/tag/${tag}`);
    for (let page = 2; page <= pages; page++) paths.add(`/tag/${tag}/page/${page}`);
  }
  for (const [author, pages] of Object.entries(table.authors)) {
    paths.add(`/author/${author}`);
    for (let page = 2; page <= pages; page++) paths.add(`/author/${author}/page/${page}`);
  }
  for (const month of table.months) paths.add(`/archive/${month}`);
  return [...paths];
}

/** Segments no route has, some of them shaped like real ones (a page number, a feed, a card). */
const MADE_UP = ['x', 'made-up-story', 'page', '999', 'card.png'];

/** Every byte of `text` percent-encoded, "uk" → "%75%6B". */
const hex = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * Each spells a list of segments as a path, the way a scanner or a broken client might: as it is,
 * every byte percent-encoded, a letter encoded twice, joined by an encoded slash, and by an
 * encoded backslash with a trailing slash (which Next answers with a redirect, 308).
 */
const ENCODINGS: ((segments: string[]) => string)[] = [
  (segments) => `/${segments.join('/')}`,
  (segments) => `/${segments.map(hex).join('/')}`,
  (segments) => `/${segments.map((segment) => segment.replace(/[a-z]/, (c) => `%25${hex(c).slice(1)}`)).join('/')}`,
  (segments) => `/${segments.join('%2F')}`,
  (segments) => `/${segments.join('%5C')}/`,
];

/**
 * Addresses that do not exist: each top-level name (the site's own, each section and static
 * page, two made up) and one real address of each kind below which nothing else lives, with 1 to
 * 4 made-up segments, in every spelling, with every method; and every real address with each
 * method other than GET and HEAD (which pages refuse with a 405).
 */
export function hostileRequests(table: RouteTable, real: string[]): PlainRequest[] {
  const [liveBlog] = Object.keys(table.live ?? {});
  const [section, { stories }] = Object.entries(table.sections).find(([, s]) => s.stories.length > 0)!;
  const prefixes = [
    ...Object.keys(SITE_NAMES).filter((name) => name !== ''),
    ...Object.keys(table.sections),
    ...table.pages,
    'wp-admin',
    'made-up-section',
    `${section}/${stories[0]}`,
    ...(liveBlog ? [liveBlog] : []),
    `tag/${Object.keys(table.tags)[0]}`,
    `author/${Object.keys(table.authors)[0]}`,
    `archive/${table.months[0]?.split('/')[0]}`,
  ];
  const list: PlainRequest[] = [];
  for (const prefix of prefixes) {
    for (let depth = 1; depth <= 4; depth++) {
      MADE_UP.forEach((_, first) => {
        const below = Array.from({ length: depth }, (_, i) => MADE_UP[(first + i) % MADE_UP.length]!);
        // Made-up to the end: the last segment is never a real one of the prefix's list.
        below[below.length - 1] = `${below.at(-1)}-${depth}`;
        for (const encode of ENCODINGS) {
          const path = encode([...prefix.split('/'), ...below]);
          for (const method of HOSTILE_METHODS) list.push({ method, path });
        }
      });
    }
  }
  for (const path of real) {
    for (const method of HOSTILE_METHODS) if (method !== 'GET' && method !== 'HEAD') list.push({ method, path });
  }
  return list;
}

export interface Tally {
  requests: number;
  byMethod: Record<string, number>;
  byStatus: Record<string, number>;
  /** Requests answered 5xx or not at all, with what came back. */
  failures: string[];
}

/**
 * Sends every request to 127.0.0.1:`port` over `connections` keep-alive connections, each
 * connection one request at a time, and counts what came back.
 */
export async function sendAll(port: number, requests: PlainRequest[], connections: number): Promise<Tally> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const tally: Tally = { requests: 0, byMethod: {}, byStatus: {}, failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const item = requests[next++]!;
      const status = await send(agent, port, item).catch((error: unknown) => {
        tally.failures.push(`${item.method} ${item.path}: ${String(error)}`);
        return 0;
      });
      tally.requests++;
      tally.byMethod[item.method] = (tally.byMethod[item.method] ?? 0) + 1;
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      if (status >= 500) tally.failures.push(`${item.method} ${item.path}: ${status}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    agent.destroy();
  }
  return tally;
}

function send(agent: Agent, port: number, { method, path }: PlainRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : 'x';
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body === undefined ? {} : { 'Content-Type': 'text/plain', 'Content-Length': String(body.length) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('no answer within 30 s')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
