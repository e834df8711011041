/**
 * Page metadata builders: one place for canonical URLs, feed autodiscovery, Open Graph and
 * Twitter cards. Next replaces (does not merge) `alternates` and `openGraph` from a parent
 * layout, so every builder repeats the feed links and the site-wide Open Graph fields.
 * Social cards are drawn by the card.png routes (see ./social-image).
 */
import type { Metadata } from 'next';

import type { SectionRef, StoryDetail } from '../content/types';
import { absoluteUrl, type FeedFormat, routes } from '../routes';
import { site } from '../site';
import { feedTitle } from './feeds';
import { articleSocialImage, siteCard, type SocialImage } from './social-image';

const feedTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};
const formatNames: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** <link rel="alternate"> for the site's feeds, and a section's own when the page belongs to one. */
export function feedAlternates(section?: SectionRef): Record<string, { url: string; title: string }[]> {
  const formats = Object.keys(feedTypes) as FeedFormat[];
  return Object.fromEntries(
    formats.map((format) => [
      feedTypes[format],
      [
        { url: routes.feed(format), title: `${feedTitle()} (${formatNames[format]})` },
        ...(section
          ? [{ url: routes.feed(format, section.slug), title: `${feedTitle(section)} (${formatNames[format]})` }]
          : []),
      ],
    ]),
  );
}

/** Open Graph locale form of the site language: en-GB → en_GB. */
const ogLocale = site.language.replace('-', '_');

export interface FrontInput {
  /** Page title without the site name (the layout's template adds it); omit for the home page. */
  title?: string;
  description: string;
  path: string;
  /** The section whose feeds the page should advertise. */
  section?: SectionRef;
  /** The page's social card; the site's card when it has none of its own. */
  image?: SocialImage;
}

/** Home, section, tag, author, archive and static pages. */
export function frontMetadata({ title, description, path, section, image = siteCard() }: FrontInput): Metadata {
  const fullTitle = title ? `${title} | ${site.name}` : `${site.name} — ${site.tagline}`;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(section) },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale,
      url: path,
      title: fullTitle,
      description,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: fullTitle,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export function articleMetadata(article: StoryDetail): Metadata {
  const section: SectionRef = {
    slug: article.section,
    title: article.sectionTitle,
    description: '',
    url: routes.section(article.section),
  };
  const image = articleSocialImage(article);
  return {
    title: article.title,
    description: article.dek,
    ...(article.authors.length
      ? { authors: article.authors.map((author) => ({ name: author.name, url: author.url })) }
      : {}),
    keywords: article.tags,
    alternates: { canonical: article.url, types: feedAlternates(section) },
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: ogLocale,
      url: article.url,
      title: article.title,
      description: article.dek,
      publishedTime: new Date(article.date).toISOString(),
      modifiedTime: article.modified,
      section: article.sectionTitle,
      tags: article.tags,
      // Profile URLs for staff; the agency byline otherwise (og:article:author takes either).
      authors: article.authors.length
        ? article.authors.map((author) => absoluteUrl(author.url))
        : [article.byline ?? site.name],
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.dek,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
