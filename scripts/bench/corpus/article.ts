/**
 * One synthetic article: frontmatter in every shape the content model allows (staff or
 * agency byline, hero image or none, corrections, updates, picks, drafts) and a body whose
 * length varies from a brief to a long read, with the components editors use.
 */
import { ukIso } from './dates';
import { capitalise, type Cast, castFor, closer, dek, factBox, heading, headline, paragraph, pullQuote } from './prose';
import type { Random } from './random';
import { richMediaBlocks } from './rich-media';
import { quoted } from './site';
import { ACCENTED_PLACES, AGENCIES, ALT_TEXTS, SECTIONS } from './words';

export interface ArticlePlan {
  slug: string;
  title: string;
  section: string;
  /** Epoch milliseconds. */
  published: number;
  draft: boolean;
  cast: Cast;
}

export interface ArticleContext {
  random: Random;
  authorSlugs: string[];
  /** Public paths of the pictures articles may reuse. */
  images: string[];
  /** Published stories older than this one, for ALSO READ links. */
  earlier: readonly ArticlePlan[];
}

const SECTION_WEIGHTS: [string, number][] = [
  ['top-news', 3],
  ['world', 4],
  ['uk', 5],
  ['business', 3],
  ['lifestyle', 2],
  ['sports', 3],
  ['entertainment', 2],
];
const WEIGHT_TOTAL = SECTION_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

export function pickSection(random: Random): string {
  let roll = random.next() * WEIGHT_TOTAL;
  for (const [slug, weight] of SECTION_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return slug;
  }
  return 'uk';
}

/** The headline and cast, decided before the body so other stories can link to it. */
export function planArticle(random: Random, section: string, published: number): Omit<ArticlePlan, 'slug'> {
  const vocabulary = SECTIONS[section];
  if (!vocabulary) throw new Error(`no vocabulary for section ${section}`);
  const place = capitalise(
    random
      .pick(vocabulary.places)
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase()),
  );
  const cast = castFor(random, vocabulary, place);
  return { title: headline(cast, random), section, published, draft: random.chance(0.01), cast };
}

function tagsFor(random: Random, section: string): string[] {
  const vocabulary = SECTIONS[section];
  const own = random.distinct(vocabulary?.tags ?? [], random.int(1, 3), (list) => random.skewed(list));
  const extra = random.chance(0.3) ? [random.pick(ACCENTED_PLACES)] : [];
  const seen = new Set(own.map((tag) => tag.toLowerCase()));
  return [...own, ...extra.filter((tag) => !seen.has(tag.toLowerCase()))];
}

/** Body length: mostly standard news stories, some briefs, a few long reads. */
function paragraphCount(random: Random): number {
  const roll = random.next();
  if (roll < 0.2) return random.int(2, 3);
  if (roll < 0.9) return random.int(5, 10);
  return random.int(14, 26);
}

function body(plan: ArticlePlan, context: ArticleContext): string {
  const { random, earlier } = context;
  const blocks: string[] = [];
  const count = paragraphCount(random);
  const links = earlier.length > 0 && random.chance(0.45) ? random.int(1, count > 8 ? 2 : 1) : 0;
  const linkAt = new Set(Array.from({ length: links }, (_, i) => Math.min(count - 1, 2 + i * 4)));
  const linked = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 5 === 0 && count > 10) blocks.push(`## ${heading(random)}`);
    blocks.push(paragraph(plan.cast, random, i === 0));
    if (linkAt.has(i)) {
      // Recent stories are linked far more often than old ones, as on a real site.
      const target = earlier[earlier.length - 1 - Math.floor(Math.min(earlier.length, 400) * random.next() ** 2)];
      if (target && !linked.has(target.slug)) {
        linked.add(target.slug);
        blocks.push(`<AlsoRead slug="${target.slug}" />`);
      }
    }
    if (i === 1 && random.chance(0.15)) blocks.push(pullQuote(plan.cast, random));
    if (i === 3 && random.chance(0.1)) blocks.push(factBox(plan.cast, random));
    if (i === 2 && random.chance(0.08)) {
      blocks.push(
        `<Figure src="${random.pick(context.images)}" alt="${random.pick(ALT_TEXTS)}" caption="${plan.cast.place}, earlier this year." credit="Illustration: Dateline" />`,
      );
    }
  }
  if (count > 3) blocks.push(closer(plan.cast, random));
  // After the opening paragraphs, as an editor would place them.
  blocks.splice(Math.min(2, blocks.length), 0, ...richMediaBlocks(plan.slug, plan.cast.place, context.images));
  return blocks.join('\n\n');
}

export function articleFile(plan: ArticlePlan, context: ArticleContext): string {
  const { random } = context;
  const lines = [
    `title: ${quoted(plan.title)}`,
    `dek: ${quoted(dek(plan.cast, random))}`,
    `date: ${ukIso(plan.published)}`,
  ];
  if (random.chance(0.1)) lines.push(`updated: ${ukIso(plan.published + random.int(45, 600) * 60_000)}`);
  lines.push(`section: ${plan.section}`);
  if (random.chance(0.25)) {
    const agency = random.pick(AGENCIES);
    lines.push(`byline: ${quoted(`${agency} staff`)}`, `source: ${quoted(agency)}`);
  } else {
    const authors = random.distinct(context.authorSlugs, random.chance(0.15) ? 2 : 1);
    lines.push(`authors: [${authors.join(', ')}]`);
  }
  if (random.chance(0.7)) lines.push(`dateline: ${quoted(plan.cast.place.toUpperCase())}`);
  lines.push(`tags: [${tagsFor(random, plan.section).map(quoted).join(', ')}]`);
  if (random.chance(0.65)) {
    lines.push('image:', `  src: ${random.pick(context.images)}`, `  alt: ${quoted(random.pick(ALT_TEXTS))}`);
    if (random.chance(0.7))
      lines.push(
        `  caption: ${quoted(`${plan.cast.place}, where the debate over ${plan.cast.subject} has run for months.`)}`,
      );
    lines.push('  credit: "Illustration: Dateline"');
  }
  if (random.chance(0.4)) lines.push(`kicker: ${quoted(random.pick(SECTIONS[plan.section]?.kickers ?? ['News']))}`);
  if (random.chance(0.03)) lines.push('featured: true');
  if (random.chance(0.02)) lines.push('pick: true');
  if (random.chance(0.005)) lines.push('breaking: true');
  if (plan.draft) lines.push('draft: true');
  if (random.chance(0.03)) {
    const when = ukIso(plan.published + random.int(1, 72) * 3_600_000);
    lines.push(
      'corrections:',
      `  - date: ${when}`,
      `    text: ${quoted(`An earlier version of this story misstated the number of people affected in ${plan.cast.place}.`)}`,
    );
  }
  return `---\n${lines.join('\n')}\n---\n${body(plan, context)}\n`;
}
