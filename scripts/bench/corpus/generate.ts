/**
 * Generates a complete content folder (articles, authors, sections, pages) from a seed.
 * Same seed and size, same bytes: nothing reads the clock or Math.random.
 */
import { articleFile, type ArticlePlan, pickSection, planArticle } from './article';
import { liveBlogFiles } from './live-blog';
import { Random } from './random';
import { authors, pageFiles, sectionFiles } from './site';
import { SlugRegistry } from './slug';

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Public paths of existing pictures, e.g. /images/articles/x.jpg. */
  images: string[];
  /** Live blogs to add (docs/decisions/029): all ended but the newest, which is live. Default none. */
  liveBlogs?: number;
}

/** The newest story is filed at this instant; older ones go back about twelve a day. */
const NEWEST = Date.UTC(2026, 10, 27, 18, 0);
const SPACING_MINUTES = 120;

/** Yields [relative path, file text] for every file of the folder. */
export function* generateCorpus(options: CorpusOptions): Generator<[string, string]> {
  if (!Number.isInteger(options.articles) || options.articles < 1)
    throw new Error('--articles must be a whole number of at least 1');
  if (options.images.length === 0) throw new Error('no pictures to reuse: public/images/articles/ has no .jpg files');
  const random = new Random(options.seed);
  yield* sectionFiles();
  yield* pageFiles();
  const staff = authors(random, options.articles);
  for (const author of staff) yield [`authors/${author.slug}.mdx`, author.text];

  const slugs = new SlugRegistry();
  const published: ArticlePlan[] = [];
  for (let i = 0; i < options.articles; i++) {
    // Oldest first, so every ALSO READ link points back in time, as it would in a real archive.
    const instant =
      NEWEST - (options.articles - 1 - i) * SPACING_MINUTES * 60_000 - random.int(0, SPACING_MINUTES - 20) * 60_000;
    const planned = planArticle(random, pickSection(random), instant);
    const plan: ArticlePlan = { ...planned, slug: slugs.claim(planned.title) };
    const text = articleFile(plan, {
      random,
      authorSlugs: staff.map((author) => author.slug),
      images: options.images,
      earlier: published,
    });
    const year = text.slice(text.indexOf('\ndate: ') + 7, text.indexOf('\ndate: ') + 11);
    yield [`articles/${year}/${plan.slug}.mdx`, text];
    if (!plan.draft) published.push(plan);
  }
  yield* liveBlogFiles({
    random,
    count: options.liveBlogs ?? 0,
    newest: NEWEST,
    authorSlugs: staff.map((author) => author.slug),
    claimSlug: (title) => slugs.claim(title),
  });
}
