/**
 * The route table the build wrote as routes.json until the route guard read the database (issue
 * 24): kept as the oracle the database lookup is held to (./route-lookup-checks.ts,
 * lib/route-guard/database-lookup.test.ts) and what e2e hostile traffic is drawn from.
 */
import { groupByMonth } from '../../lib/content/grouping';
import { buildIndex } from '../../lib/content/indexes';
import type { IndexableArticle } from '../../lib/content/types';
import { readEnv } from '../../lib/env';
import { type RouteTable, routeTable } from '../../lib/route-guard/table';
import { site } from '../../lib/site';

export interface TableContent {
  articles: readonly Record<string, unknown>[];
  authors: readonly Record<string, unknown>[];
  sections: readonly Record<string, unknown>[];
  pages: readonly Record<string, unknown>[];
}

/** The route table for a store: built from the same published index the pages use. */
export function routeTableOf(version: string, content: TableContent): RouteTable {
  const articles = content.articles as unknown as IndexableArticle[];
  const index = buildIndex(articles, { includeUnpublished: readEnv('DATELINE_PREVIEW') });
  const months = [...groupByMonth(index.all, site.timeZone).keys()].map((key) => key.replace('-', '/'));
  return routeTable({
    version,
    sections: content.sections as { slug: string }[],
    pages: content.pages as { slug: string }[],
    authors: content.authors as { slug: string }[],
    stories: index.all,
    byTag: index.byTag,
    byAuthor: index.byAuthor,
    months,
    pageSize: site.pageSize,
    cards: site.socialCardsAtBuild,
  });
}
