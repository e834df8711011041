/**
 * schema.org JSON-LD, typed with schema-dts: what search engines read about a story, a front,
 * the site and an author. Builders take plain lib/content values and return plain objects.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  ProfilePage,
  SearchAction,
  WebSite,
  WithContext,
} from 'schema-dts';

import type { ArticleDetail, AuthorRef, LiveBlogDetail } from '../content/types';
import { absoluteUrl, routes } from '../routes';
import { site } from '../site';

/** The publisher logo (app/logo.png/route.tsx): Google asks for at most 600×60. */
export const LOGO = { path: '/logo.png', width: 600, height: 60 } as const;

export function publisher(): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#publisher'),
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO.path), width: `${LOGO.width}`, height: `${LOGO.height}` },
  };
}

function person(author: AuthorRef, more: { description?: string; image?: string; sameAs?: string[] } = {}): Person {
  return { '@type': 'Person', name: author.name, jobTitle: author.role, url: absoluteUrl(author.url), ...more };
}

export function newsArticle(article: ArticleDetail, socialImagePath: string): WithContext<NewsArticle> {
  const url = absoluteUrl(article.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    headline: article.title,
    description: article.dek,
    // The hero and the social card; an older story's social image is the hero itself (decision 021).
    image: [...new Set([...(article.image ? [absoluteUrl(article.image.src)] : []), absoluteUrl(socialImagePath)])],
    datePublished: new Date(article.date).toISOString(),
    dateModified: article.modified,
    // Staff stories credit people with profile pages; agency copy credits the agency.
    author: article.authors.length
      ? article.authors.map((author) => person(author))
      : [{ '@type': 'Organization', name: article.source ?? article.byline ?? site.name }],
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: article.sectionTitle,
    keywords: article.tags,
    isAccessibleForFree: true,
    wordCount: article.wordCount,
    inLanguage: site.language,
  };
}

/**
 * A live blog: LiveBlogPosting with its coverage times and its newest posts as liveBlogUpdate
 * (Google shows a LIVE badge in results from coverageStartTime until coverageEndTime).
 */
export function liveBlogPosting(blog: LiveBlogDetail, socialImagePath: string): WithContext<LiveBlogPosting> {
  const url = absoluteUrl(blog.url);
  const updates: BlogPosting[] = blog.newest.map((post) => ({
    '@type': 'BlogPosting',
    headline: post.title ?? blog.title,
    url: absoluteUrl(routes.livePost(blog.url, post.id)),
    datePublished: post.time,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    '@id': `${url}#article`,
    url,
    headline: blog.title,
    description: blog.dek,
    image: [...new Set([...(blog.image ? [absoluteUrl(blog.image.src)] : []), absoluteUrl(socialImagePath)])],
    datePublished: blog.coverageStart,
    dateModified: blog.modified,
    coverageStartTime: blog.coverageStart,
    // Only once the coverage has ended: while it runs, its end is not known.
    ...(blog.coverageEnd ? { coverageEndTime: blog.coverageEnd } : {}),
    author: blog.authors.map((author) => person(author)),
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: blog.sectionTitle,
    keywords: blog.tags,
    isAccessibleForFree: true,
    inLanguage: site.language,
    liveBlogUpdate: updates,
  };
}

export interface Crumb {
  label: string;
  href: string;
}

export function breadcrumbList(trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

/** The home page: the site, and how to search it (Google's sitelinks search box). */
export function webSite(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': absoluteUrl('/#website'),
    name: site.name,
    description: site.description,
    url: absoluteUrl('/'),
    inLanguage: site.language,
    publisher: publisher(),
    potentialAction: searchAction,
  };
}

// Google still reads the "query-input" annotation, which schema.org (and so schema-dts) leaves out.
const searchAction: SearchAction & { 'query-input': string } = {
  '@type': 'SearchAction',
  target: { '@type': 'EntryPoint', urlTemplate: absoluteUrl(`${routes.search()}?q={search_term_string}`) },
  'query-input': 'required name=search_term_string',
};

/** An author page: the person, with their role, bio and links. */
export function profilePage(
  author: AuthorRef & { bio?: string; avatar?: string; links?: { href: string }[] },
): WithContext<ProfilePage> {
  const sameAs = (author.links ?? []).map((link) => link.href).filter((href) => /^https?:/.test(href));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(author.url),
    mainEntity: person(author, {
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.avatar ? { image: absoluteUrl(author.avatar) } : {}),
      ...(sameAs.length ? { sameAs } : {}),
    }),
  };
}
