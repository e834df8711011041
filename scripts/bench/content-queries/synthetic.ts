/**
 * Synthetic stories for the content-query benchmark, shaped like a newsroom's archive: 30 a day
 * up to the fixtures' NOW (a larger archive has more years, not busier months), a few sections, skewed tags from a pool of 2,000 (a few topics on
 * thousands of stories, most on a handful), authors, and the flags the fronts read. The slug of
 * story i is storySlug(i), so the measuring process picks stories without reading the archive.
 */
import type { StoredArticle } from '../../../lib/content/store';
import { correction, NOW, SECTIONS, storedStory } from '../../../test/content-store/archive';
import { Random } from '../corpus/random';

const TAGS = Array.from({ length: 2000 }, (_, n) => `Topic ${n}`);
const AUTHORS = ['ana-lopez', 'ben-okafor', 'chen-wei', 'dara-byrne', 'eli-cohen', 'fay-ng'];
/** A larger archive reaches further back: a month holds as many stories at 20,000 as at 100,000. */
const STORIES_PER_DAY = 30;

export const storySlug = (n: number) => `story-${n}`;
/** A tag on about a tenth of the archive, and one on a few stories. */
export const COMMON_TAG = 'topic-0';
export const RARE_TAG = 'topic-1500';

/** Stories [from, to) of the archive of `count` stories from `seed`; the same story for the same n, whatever the batch. */
export function syntheticStories(seed: number, count: number, from: number, to: number): StoredArticle[] {
  const stories: StoredArticle[] = [];
  const span = (count / STORIES_PER_DAY) * 86_400_000;
  for (let n = from; n < to; n++) {
    const random = new Random(seed * 1_000_003 + n);
    const date = new Date(NOW.getTime() - Math.floor(random.next() * span)).toISOString();
    const tags = new Set<string>();
    for (let t = random.int(1, 5); t > 0; t--) tags.add(random.skewed(TAGS));
    stories.push(
      storedStory(storySlug(n), {
        section: random.pick(SECTIONS),
        date,
        title: `Headline number ${n} about ${[...tags].join(', ')}`,
        dek: `A standfirst of about the length a real one has, for story ${n}, so that records weigh what they do.`,
        excerpt: `The first paragraph of story ${n}, cut where the excerpt is cut, which is about two lines of a list.`,
        tags: [...tags],
        authors: [random.pick(AUTHORS)],
        ...(random.chance(0.02) ? { featured: true } : {}),
        ...(random.chance(0.02) ? { pick: true } : {}),
        ...(random.chance(0.01) ? { breaking: true } : {}),
        ...(random.chance(0.01) ? { corrections: [correction(date, 'A figure was wrong.')] } : {}),
      }),
    );
  }
  return stories;
}
