/** Plain, serialisable shapes that lib/content hands to routes and routes hand to components. */

export interface ImageRef {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
}

/** What a list needs to show a story: never the body. */
export interface ArticleSummary {
  slug: string;
  url: string;
  title: string;
  dek: string;
  excerpt: string;
  /** ISO 8601 instant (UTC). */
  date: string;
  section: string;
  sectionTitle: string;
  kicker?: string;
  image?: ImageRef;
  /** The staff byline on fronts: each author's name and page. Absent for an agency story (see `byline`). */
  bylineAuthors?: { name: string; url: string }[];
  /** The agency byline ("Meridian Press"), for a story no staff author signed. */
  byline?: string;
  /** Only in development preview: the story is a draft or embargoed and readers cannot see it yet. */
  unpublished?: { state: 'draft' } | { state: 'embargoed'; until: string };
  /** ISO 8601 instant (UTC) of the last change a reader can see: the latest of date, updated and corrections. */
  modified: string;
  /** A live blog: whether its coverage is running (lists show a LIVE label) or over. */
  live?: 'live' | 'ended';
}

export interface AuthorRef {
  slug: string;
  name: string;
  role: string;
  url: string;
}

export interface Correction {
  date: string;
  text: string;
}

/** Everything the article page shows. */
export interface ArticleDetail extends ArticleSummary {
  /** Compiled MDX body (function body for the MDX runtime). */
  bodyCode: string;
  /** Whether the build draws this story's social card (the newest site.socialCardsAtBuild stories). */
  hasCard: boolean;
  updated?: string;
  authors: AuthorRef[];
  byline?: string;
  source?: string;
  dateline?: string;
  tags: string[];
  readingTime: number;
  wordCount: number;
  breaking: boolean;
  corrections: Correction[];
  /** Where the page prints the corrections (frontmatter correctionsPosition, default bottom). */
  correctionsPosition: 'top' | 'bottom';
  /** Summaries of the stories its ALSO READ callouts name, by slug. */
  alsoRead: Record<string, ArticleSummary>;
}

export interface TagRef {
  /** URL key (see lib/routes tagSlug). */
  slug: string;
  /** Display form, with its case and accents. */
  name: string;
  url: string;
  count: number;
}

export interface ArchiveMonth {
  year: number;
  /** 1–12 */
  month: number;
  count: number;
  url: string;
}

export interface SectionRef {
  slug: string;
  title: string;
  description: string;
  url: string;
}

/**
 * The fields of an article the indexes work on: what both Contentlayer documents and test
 * fixtures provide.
 */
export interface IndexableArticle extends Pick<
  ArticleSummary,
  'slug' | 'url' | 'title' | 'dek' | 'excerpt' | 'date' | 'section'
> {
  tags?: string[];
  authors?: string[];
  pick?: boolean;
  featured?: boolean;
  breaking?: boolean;
  draft?: boolean;
}

/** An author's page: the profile and where their stories are. */
export interface AuthorProfile extends AuthorRef {
  avatar?: string;
  links: { label: string; href: string }[];
  /** Compiled MDX of the biography. */
  bioCode: string;
  /** The biography as plain text (structured data). */
  bio: string;
}

/** One page of a paginated list (section, tag or author front). */
export interface ListPage {
  stories: ArticleSummary[];
  /** 1-based */
  page: number;
  pageCount: number;
  /** Stories in the whole list. */
  total: number;
}

/** One line of the site-wide corrections page. */
export interface CorrectionEntry extends Correction {
  story: Pick<ArticleSummary, 'slug' | 'url' | 'title' | 'section' | 'sectionTitle' | 'date'>;
}

/** What feeds and other syndication need beyond a summary: who wrote it and its topics. */
export interface ArticleMeta extends ArticleSummary {
  authors: AuthorRef[];
  byline?: string;
  tags: string[];
}

/** A published article as the search index sees it: its summary and the body as plain text. */
export interface SearchDocument extends ArticleSummary {
  text: string;
}

/** One post of a live blog, as its page shows it. */
export interface LivePostView {
  id: string;
  /** ISO 8601 instant (UTC). */
  time: string;
  title?: string;
  keyEvent: boolean;
  pinned: boolean;
  authors: AuthorRef[];
  /** Compiled MDX body. */
  bodyCode: string;
}

/** A live blog page: the story, its pinned post and key events, and one page of posts (newest first). */
/** What every story page has, article or live blog (metadata and social images take this). */
export type StoryDetail = Omit<ArticleDetail, 'corrections' | 'correctionsPosition' | 'readingTime'>;

export interface LiveBlogDetail extends StoryDetail {
  status: 'live' | 'ended';
  coverageStart: string;
  coverageEnd?: string;
  /** Every post of the blog, newest first. */
  postCount: number;
  /** Shown first on the live blog's own address. */
  pinned?: LivePostView;
  /** Key events, newest first, with the address of the page that shows each one. */
  keyEvents: { id: string; title: string; time: string; href: string }[];
  /** This page's posts, newest first (the pinned post is not repeated on the first page). */
  posts: LivePostView[];
  /** Address of the next older page. */
  olderHref?: string;
  /** Whether this page is an older page (/page/<post-id>) rather than the newest posts. */
  isOlderPage: boolean;
  /** The newest posts (JSON-LD liveBlogUpdate and the auto-update's starting point), newest first. */
  newest: Pick<LivePostView, 'id' | 'time' | 'title'>[];
}
