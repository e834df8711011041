/**
 * The home front (lib/content/front.ts composeFront) from a few bounded queries. composeFront
 * only ever walks the head of four lists: the featured stories, the newest, each section's
 * newest and the picks, each past at most the stories already shown above it (the lead and top
 * stories). So it is run unchanged over an index of just those heads, read deep enough that
 * every story it would take from the whole archive is among them.
 */
import { composeFront, type Front, type FrontLimits } from '../front';
import { buildIndex } from '../indexes';
import type { StoredArticle } from '../store';
import { listPage } from './lists';
import { requestScope, type Scope } from './scope';

export async function homeFront(
  sectionOrder: readonly string[],
  limits: FrontLimits,
  scope: Scope = requestScope(),
): Promise<Front<StoredArticle>> {
  // The lead and the top stories: every story a later block may have to skip.
  const headlines = 1 + limits.topStories;
  const heads = await Promise.all([
    listPage({ kind: 'featured' }, { limit: headlines }, scope),
    // The lead when nothing is featured, the top stories' top-up past the featured ones, Latest.
    listPage({ kind: 'all' }, { limit: Math.max(limits.latest, headlines + limits.topStories) }, scope),
    listPage({ kind: 'pick' }, { limit: limits.picks + headlines }, scope),
    ...sectionOrder.map((key) => listPage({ kind: 'section', key }, { limit: limits.perSection + headlines }, scope)),
  ]);
  const unique = new Map<string, StoredArticle>();
  for (const story of heads.flat()) unique.set(story.sourceFilePath, story);
  // Already in their scope: composeFront's index must not apply the published rule again.
  return composeFront(buildIndex([...unique.values()], { includeUnpublished: true }), sectionOrder, limits);
}
