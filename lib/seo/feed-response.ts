/** One function behind all six feed routes: site or section, RSS, Atom or JSON Feed. */
import { getSection, syndicated } from '../content';
import { buildNow } from '../now';
import type { FeedFormat } from '../routes';
import { FEED_SIZE, feedContentTypes, renderFeed } from './feeds';
import { publicFileSize } from './public-file';

export async function feedResponse(format: FeedFormat, sectionSlug?: string): Promise<Response> {
  const section = sectionSlug === undefined ? undefined : await getSection(sectionSlug);
  if (sectionSlug !== undefined && !section) return new Response('Not found', { status: 404 });
  const body = renderFeed[format]({
    section,
    items: await syndicated(FEED_SIZE, section?.slug),
    fileSize: publicFileSize,
    now: buildNow(),
  });
  return new Response(body, { headers: { 'Content-Type': feedContentTypes[format] } });
}
