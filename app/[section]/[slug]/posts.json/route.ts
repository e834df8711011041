import { createHash } from 'node:crypto';

import { liveBlogParams, liveBlogState } from '@/lib/content';

// A static file per live blog, like a feed: prerendered, cached, and rendered again when
// `npm run publish` adds a post (lib/publish/affected-pages.ts) or after `revalidate` seconds.
// The static export writes it too, so an exported page finds new posts after each export.
export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return liveBlogParams();
}

/**
 * The newest posts of a live blog, for its page's auto-update (components/live/LiveUpdates.client.tsx):
 * `{ status, modified, posts: [{ id, time }] }`, newest first. Its ETag is a hash of the body,
 * so the server answers a poll that has seen it with 304 Not Modified (server/not-modified.js).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const state = await liveBlogState(section, slug);
  if (!state) return new Response('Not found', { status: 404 });
  const body = JSON.stringify(state);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: etag },
  });
}
