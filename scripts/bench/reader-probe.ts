/**
 * What the publish benchmarks (publish.ts, desk-publish.ts) read off a running site to know a
 * change is live: a page's status and text, the first headline of a front, the first link of the
 * home page's Latest list; and the load average printed beside every number.
 */
import { loadavg } from 'node:os';

export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** GET a path on the site at `base()`; status 0 when it did not answer within 10 s. */
export function pageReader(base: () => string) {
  return async (pathname: string): Promise<{ status: number; body: string }> => {
    try {
      const response = await fetch(`${base()}${pathname}`, { signal: AbortSignal.timeout(10_000) });
      return { status: response.status, body: await response.text() };
    } catch {
      return { status: 0, body: '' };
    }
  };
}

export const firstHeadlineLink = (html: string) => /class="headline-link[^"]*"[^>]*href="([^"]+)"/.exec(html)?.[1];

export function latestFirstLink(html: string): string | undefined {
  const latest = html.split('id="list-latest"')[1] ?? html.split('>Latest</h2>')[1];
  return latest ? /href="([^"]+)"/.exec(latest)?.[1] : undefined;
}
