/**
 * Synthetic live blogs (docs/decisions/029): a folder per blog, live/<yyyy>/<slug>/index.mdx
 * and one file per post, with key events and a pinned post. All but the newest have ended; the
 * newest is live, its posts running up to the corpus's newest instant.
 */
import { pickSection, planArticle } from './article';
import { ukIso } from './dates';
import { factBox, paragraph } from './prose';
import type { Random } from './random';
import { quoted } from './site';

const POSTS_PER_BLOG = 24;
const POST_SPACING_MINUTES = 25;

export function* liveBlogFiles(options: {
  random: Random;
  count: number;
  /** Epoch milliseconds of the corpus's newest story: the live blog's last post. */
  newest: number;
  authorSlugs: string[];
  claimSlug: (title: string) => string;
}): Generator<[string, string]> {
  const { random } = options;
  for (let i = 0; i < options.count; i++) {
    const live = i === options.count - 1;
    // Ended blogs a week apart back from the newest; the live one ends at the newest instant.
    const end = options.newest - (options.count - 1 - i) * 7 * 86_400_000;
    const start = end - (POSTS_PER_BLOG - 1) * POST_SPACING_MINUTES * 60_000 - 5 * 60_000;
    const plan = planArticle(random, pickSection(random), start);
    const slug = options.claimSlug(`${plan.title} live`);
    const folder = `live/${ukIso(start).slice(0, 4)}/${slug}`;
    const authors = random.distinct(options.authorSlugs, 2);
    yield [
      `${folder}/index.mdx`,
      [
        '---',
        `title: ${quoted(`Live: ${plan.title}`)}`,
        `dek: ${quoted(`Updates as they happen from ${plan.cast.place}.`)}`,
        `section: ${plan.section}`,
        `authors: [${authors.join(', ')}]`,
        `status: ${live ? 'live' : 'ended'}`,
        `coverageStart: ${ukIso(start)}`,
        ...(live ? [] : [`coverageEnd: ${ukIso(end)}`]),
        '---',
        '',
        paragraph(plan.cast, random, true),
        '',
      ].join('\n'),
    ];
    const pinned = random.int(0, 3);
    for (let n = 0; n < POSTS_PER_BLOG; n++) {
      const time = start + 5 * 60_000 + n * POST_SPACING_MINUTES * 60_000;
      const key = n % 5 === 2;
      const body = n === pinned ? factBox(plan.cast, random) : paragraph(plan.cast, random, false);
      yield [
        `${folder}/post-${String(n + 1).padStart(3, '0')}.mdx`,
        [
          '---',
          `time: ${ukIso(time)}`,
          `authors: [${random.pick(authors)}]`,
          ...(key ? [`title: ${quoted(`Update ${n + 1} from ${plan.cast.place}`)}`, 'keyEvent: true'] : []),
          ...(n === pinned ? ['pinned: true'] : []),
          '---',
          '',
          body,
          '',
        ].join('\n'),
      ];
    }
  }
}
