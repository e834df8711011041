/**
 * The editors' contract: every frontmatter field of every content type, in one place.
 *
 * contentlayer.config.ts turns these descriptors into Contentlayer field definitions, and
 * lib/validation checks raw files against the very same descriptors, so the schema the build
 * enforces and the messages editors read can never disagree. The `description` of each field
 * is written for editors: it is what the validator quotes when a field is wrong.
 */

export type FieldKind = 'string' | 'date' | 'boolean' | 'number' | 'stringList' | 'object' | 'objectList';

interface BaseField {
  description: string;
  required?: boolean;
  /** An example value, quoted in "how to fix" hints. */
  example?: string;
  /** For text fields with a fixed set of choices: the allowed values. */
  values?: readonly string[];
}

export type Field =
  | (BaseField & { kind: 'string' | 'date' | 'boolean' | 'number' | 'stringList' })
  | (BaseField & { kind: 'object' | 'objectList'; typeName: string; fields: Fields });

export type Fields = Record<string, Field>;

export const imageFields = {
  src: {
    kind: 'string',
    required: true,
    description: 'Path of the picture under public/, starting with a slash.',
    example: '/images/articles/harbour-crane.jpg',
  },
  alt: {
    kind: 'string',
    required: true,
    description: 'What the picture shows, for readers who cannot see it.',
    example: 'A crane unloading containers at dusk',
  },
  caption: { kind: 'string', description: 'Caption printed under the picture.' },
  credit: { kind: 'string', description: 'Who made the picture.', example: 'Photo: Jane Doe' },
} satisfies Fields;

export const correctionFields = {
  date: {
    kind: 'date',
    required: true,
    description: 'When the correction was made, ISO 8601 with a UTC offset.',
    example: '2026-11-03T09:30:00+00:00',
  },
  text: { kind: 'string', required: true, description: 'What was wrong and what is right now.' },
} satisfies Fields;

export const linkFields = {
  label: { kind: 'string', required: true, description: 'Link text.', example: 'Email' },
  href: {
    kind: 'string',
    required: true,
    description: 'Where the link goes.',
    example: 'mailto:name@dateline.example',
  },
} satisfies Fields;

/**
 * The story fields articles and live blogs share, defined once; each type lists them in its own
 * order (the order docs/EDITING.md and the generated types follow) and changes only an example
 * or a description where its editors need another one.
 */
export const sharedStoryFields = {
  title: { kind: 'string', required: true, description: 'The headline.' },
  dek: { kind: 'string', required: true, description: 'The standfirst: a one-sentence summary under the headline.' },
  section: { kind: 'string', required: true, description: 'Slug of a section in content/sections.', example: 'world' },
  tags: { kind: 'stringList', description: 'Topics, in display form.', example: '["South Korea", "Defence"]' },
  image: { kind: 'object', typeName: 'ArticleImage', fields: imageFields, description: 'Hero picture.' },
  kicker: { kind: 'string', description: 'Short label printed above the headline.' },
  featured: { kind: 'boolean', description: 'Lead candidate for the home front.' },
  pick: { kind: 'boolean', description: 'Editors\' pick, listed under "Don\'t Miss".' },
  draft: { kind: 'boolean', description: 'Kept out of the published site while true.' },
} satisfies Fields;

export const articleFields = {
  title: sharedStoryFields.title,
  dek: sharedStoryFields.dek,
  date: {
    kind: 'date',
    required: true,
    description: 'Publication time, ISO 8601 with a UTC offset.',
    example: '2026-11-03T08:15:00+00:00',
  },
  updated: {
    kind: 'date',
    description: 'Time of the last meaningful update, ISO 8601 with a UTC offset.',
    example: '2026-11-03T12:40:00+00:00',
  },
  section: sharedStoryFields.section,
  authors: {
    kind: 'stringList',
    description: 'Slugs of staff authors in content/authors (use either authors or byline).',
    example: '[hannah-okafor]',
  },
  byline: {
    kind: 'string',
    description: 'Free-text byline, e.g. for agency copy (use either authors or byline).',
    example: 'Meridian Press staff',
  },
  source: {
    kind: 'string',
    description: 'Wire agency or outlet credited after the standfirst ("…, reports <source>").',
    example: 'Meridian Press',
  },
  dateline: {
    kind: 'string',
    description: 'Place the story was filed from, printed before the first paragraph.',
    example: 'SEOUL',
  },
  tags: sharedStoryFields.tags,
  image: sharedStoryFields.image,
  kicker: sharedStoryFields.kicker,
  featured: sharedStoryFields.featured,
  pick: sharedStoryFields.pick,
  breaking: { kind: 'boolean', description: 'Breaking news.' },
  draft: sharedStoryFields.draft,
  corrections: {
    kind: 'objectList',
    typeName: 'Correction',
    fields: correctionFields,
    description: 'Dated corrections, printed with the article.',
  },
  correctionsPosition: {
    kind: 'string',
    values: ['bottom', 'top'],
    description:
      'Where the corrections are printed: "top" (above the story, for serious errors) or "bottom" (after it, the default).',
    example: 'top',
  },
} satisfies Fields;

export const authorFields = {
  name: { kind: 'string', required: true, description: 'Full name as printed in bylines.' },
  role: {
    kind: 'string',
    required: true,
    description: 'Job title, printed beside the byline.',
    example: 'Political Editor',
  },
  avatar: { kind: 'string', description: 'Path of a portrait under public/.', example: '/images/authors/jane-doe.jpg' },
  links: { kind: 'objectList', typeName: 'AuthorLink', fields: linkFields, description: 'Contact and profile links.' },
} satisfies Fields;

export const sectionFields = {
  title: { kind: 'string', required: true, description: 'Name of the section.', example: 'Top News' },
  description: { kind: 'string', required: true, description: 'One sentence on what the section covers.' },
  order: { kind: 'number', required: true, description: 'Position in the navigation, smallest first.', example: '3' },
  nav: {
    kind: 'boolean',
    required: true,
    description: 'Whether the section appears in the navigation.',
    example: 'true',
  },
} satisfies Fields;

export const pageFields = {
  title: { kind: 'string', required: true, description: 'Page title.' },
  description: { kind: 'string', required: true, description: 'One-sentence summary for search engines.' },
} satisfies Fields;

/**
 * A live blog's own file, content/live/<yyyy>/<slug>/index.mdx: the story around the posts.
 * Its body (optional) is a short summary printed above the posts.
 */
export const liveBlogFields = {
  title: { ...sharedStoryFields.title, description: 'The headline of the live coverage.' },
  dek: sharedStoryFields.dek,
  section: { ...sharedStoryFields.section, example: 'uk' },
  authors: {
    kind: 'stringList',
    required: true,
    description: 'Slugs of the staff authors running the live blog, in content/authors.',
    example: '[hannah-okafor]',
  },
  status: {
    kind: 'string',
    required: true,
    values: ['live', 'ended'],
    description: 'Whether the coverage is still running ("live": the page updates itself) or over ("ended").',
    example: 'live',
  },
  coverageStart: {
    kind: 'date',
    required: true,
    description: 'When the live coverage began, ISO 8601 with a UTC offset; the story is published then.',
    example: '2026-11-28T06:00:00+00:00',
  },
  coverageEnd: {
    kind: 'date',
    description: 'When the live coverage ended (required once status is ended), ISO 8601 with a UTC offset.',
    example: '2026-11-28T23:30:00+00:00',
  },
  tags: { ...sharedStoryFields.tags, example: '["Storms", "Transport"]' },
  image: sharedStoryFields.image,
  kicker: sharedStoryFields.kicker,
  featured: sharedStoryFields.featured,
  pick: sharedStoryFields.pick,
  draft: sharedStoryFields.draft,
} satisfies Fields;

/**
 * One post of a live blog, content/live/<yyyy>/<slug>/<post-id>.mdx: one file per post, so
 * editors adding posts at the same time never edit the same file (docs/decisions/029). The
 * file name is the post's id and its anchor (#post-<id>).
 */
export const livePostFields = {
  time: {
    kind: 'date',
    required: true,
    description: 'When the post was published, ISO 8601 with a UTC offset; posts are shown newest first.',
    example: '2026-11-28T11:42:00+00:00',
  },
  authors: {
    kind: 'stringList',
    required: true,
    description: 'Slugs of the staff authors of the post, in content/authors.',
    example: '[grace-whitfield]',
  },
  title: { kind: 'string', description: 'Optional heading of the post; key events are listed by it.' },
  keyEvent: { kind: 'boolean', description: 'Listed under "Key events" at the top of the live blog (needs a title).' },
  pinned: { kind: 'boolean', description: 'Shown first, above the newest posts (at most one post per live blog).' },
} satisfies Fields;
