/**
 * Every byte a reader's browser transfers to show one page: from navigation until the network
 * has been idle, then 5 s more (so prefetches and late chunks count), read from Chromium's own
 * network log over the DevTools protocol. A response's size is what crossed the wire: headers
 * plus the body as sent (compressed when the server compressed it), `encodedDataLength`.
 * Shared by the budget test (e2e/budgets.spec.ts) and `npm run measure:view`, so the numbers
 * in docs/performance.md come from the same function the test asserts on.
 */
import type { CDPSession, Page } from '@playwright/test';

export const BYTE_KINDS = ['document', 'script', 'style', 'font', 'image', 'prefetch', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface Transfer {
  url: string;
  kind: ByteKind;
  /** Bytes received: response headers and the encoded (compressed) body. */
  bytes: number;
  /** The Content-Encoding the server answered with, '' when none. */
  encoding: string;
}

export interface ViewBytes {
  total: number;
  byKind: Record<ByteKind, number>;
  transfers: Transfer[];
}

/** How long to keep listening after the network went quiet: late prefetches still count. */
export const SETTLE_MS = 5_000;

interface Seen {
  url: string;
  type?: string;
  headers: Record<string, string>;
  encoding: string;
}

const lowerKeys = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));

/**
 * What a transfer is for. A prefetch is anything fetched for a page the reader has not opened:
 * Next's router prefetches (RSC requests marked `Next-Router-Prefetch`), `<link rel=prefetch>`
 * and speculation rules (`Sec-Purpose: prefetch`).
 */
export function kindOf(type: string | undefined, headers: Record<string, string>): ByteKind {
  const purpose = headers['sec-purpose'] ?? headers.purpose ?? '';
  if ('next-router-prefetch' in headers || purpose.includes('prefetch') || type === 'Prefetch') return 'prefetch';
  switch (type) {
    case 'Document':
      return 'document';
    case 'Script':
      return 'script';
    case 'Stylesheet':
      return 'style';
    case 'Font':
      return 'font';
    case 'Image':
      return 'image';
    default:
      return 'other';
  }
}

/**
 * Starts recording `page`'s transfers; call before navigating. `sofar()` lists what has finished
 * until now (to wait on a request by polling); `stop()` returns the totals.
 */
export async function recordTransfers(
  page: Page,
): Promise<{ sofar: () => readonly Transfer[]; stop: () => Promise<ViewBytes> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  // Each view is measured as a first visit: nothing from an earlier page's cache.
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const seen = new Map<string, Seen>();
  const transfers: Transfer[] = [];
  session.on('Network.requestWillBeSent', (event) => {
    seen.set(event.requestId, {
      url: event.request.url,
      type: event.type,
      headers: lowerKeys(event.request.headers),
      encoding: '',
    });
  });
  // The headers actually sent (Chromium adds some after requestWillBeSent).
  session.on('Network.requestWillBeSentExtraInfo', (event) => {
    const request = seen.get(event.requestId);
    if (request) Object.assign(request.headers, lowerKeys(event.headers as Record<string, string>));
  });
  session.on('Network.responseReceived', (event) => {
    const request = seen.get(event.requestId);
    if (!request) return;
    request.type = event.type;
    request.encoding = lowerKeys(event.response.headers)['content-encoding'] ?? '';
  });
  session.on('Network.loadingFinished', (event) => {
    const request = seen.get(event.requestId);
    if (!request || request.url.startsWith('data:')) return;
    transfers.push({
      url: request.url,
      kind: kindOf(request.type, request.headers),
      bytes: event.encodedDataLength,
      encoding: request.encoding,
    });
  });
  return {
    sofar: () => [...transfers],
    async stop() {
      await session.detach();
      const byKind = Object.fromEntries(BYTE_KINDS.map((kind) => [kind, 0])) as Record<ByteKind, number>;
      for (const transfer of transfers) byKind[transfer.kind] += transfer.bytes;
      return { total: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), byKind, transfers };
    },
  };
}

/** Loads `url` in `page` and returns every byte transferred until the network is idle + SETTLE_MS. */
export async function measureView(page: Page, url: string, settleMs = SETTLE_MS): Promise<ViewBytes> {
  const recording = await recordTransfers(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(settleMs);
  await page.waitForLoadState('networkidle');
  return recording.stop();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** One line per view: total and each kind in KB, for tables in the console and the docs. */
export function viewRow(label: string, view: ViewBytes): string {
  return [
    label.padEnd(40),
    kb(view.total).padStart(7),
    ...BYTE_KINDS.map((kind) => kb(view.byKind[kind]).padStart(9)),
  ].join(' ');
}

export const VIEW_HEADER = [
  'page'.padEnd(40),
  'total KB'.padStart(7),
  ...BYTE_KINDS.map((kind) => kind.padStart(9)),
].join(' ');
