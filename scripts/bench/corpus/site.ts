/**
 * The non-article content a generated folder needs to be a complete publication: sections,
 * staff authors and the static pages.
 */
import type { Random } from './random';
import { SlugRegistry } from './slug';
import { AUTHOR_ROLES, FIRST_NAMES, SURNAMES } from './words';

export const SECTION_FILES: { slug: string; title: string; description: string }[] = [
  {
    slug: 'top-news',
    title: 'Top News',
    description: 'The stories that matter most today, from Westminster to the high street.',
  },
  { slug: 'world', title: 'World', description: 'Reporting from capitals, coastlines and farmland around the globe.' },
  { slug: 'uk', title: 'UK', description: 'Towns, councils, transport and public services across the country.' },
  { slug: 'business', title: 'Business', description: 'Companies, jobs, prices and the money behind the headlines.' },
  { slug: 'lifestyle', title: 'Lifestyle', description: 'Food, homes, travel and the way we live now.' },
  {
    slug: 'sports',
    title: 'Sports',
    description: 'Results, rows and remarkable performances, from grassroots to the top flight.',
  },
  {
    slug: 'entertainment',
    title: 'Entertainment',
    description: 'Film, stage, music and books, reviewed and reported.',
  },
];

const PAGES: { slug: string; title: string; description: string; body: string }[] = [
  {
    slug: 'about',
    title: 'About Dateline',
    description: 'Who we are and how we report.',
    body: 'Dateline is an independent newsroom. This copy of the site is filled with generated test stories.',
  },
  {
    slug: 'contact',
    title: 'Contact us',
    description: 'How to reach the newsroom.',
    body: 'Send story ideas and corrections to the newsroom by email.',
  },
  {
    slug: 'corrections-policy',
    title: 'Corrections policy',
    description: 'How we put mistakes right.',
    body: 'When we get something wrong we correct it promptly and say so at the foot of the story.',
  },
  {
    slug: 'privacy',
    title: 'Privacy',
    description: 'What we collect and why.',
    body: 'This site sets no tracking cookies and loads nothing from third parties.',
  },
];

export interface AuthorFile {
  slug: string;
  text: string;
}

export const quoted = (value: string) => JSON.stringify(value);

export function sectionFiles(): Map<string, string> {
  const files = new Map<string, string>();
  SECTION_FILES.forEach(({ slug, title, description }, index) => {
    files.set(
      `sections/${slug}.yaml`,
      `title: ${quoted(title)}\ndescription: ${quoted(description)}\norder: ${index + 1}\nnav: true\n`,
    );
  });
  return files;
}

export function pageFiles(): Map<string, string> {
  return new Map(
    PAGES.map(({ slug, title, description, body }) => [
      `pages/${slug}.mdx`,
      `---\ntitle: ${quoted(title)}\ndescription: ${quoted(description)}\n---\n${body}\n`,
    ]),
  );
}

/** Staff authors: one per ~250 stories, at least a dozen, like a real desk. */
export function authors(random: Random, articleCount: number): AuthorFile[] {
  const count = Math.max(12, Math.min(200, Math.ceil(articleCount / 250)));
  const slugs = new SlugRegistry();
  return Array.from({ length: count }, () => {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    const role = random.pick(AUTHOR_ROLES);
    const slug = slugs.claim(name);
    const text = `---\nname: ${quoted(name)}\nrole: ${quoted(role)}\nlinks:\n  - label: "Email"\n    href: ${quoted(`mailto:${slug}@dateline.example`)}\n---\n${name} is Dateline's ${role.toLowerCase()}, filing ${random.int(2, 9)} stories in a typical week.\n`;
    return { slug, text };
  });
}
