/**
 * The site's feeds: RSS 2.0 and Atom 1.0 through the `feed` package, JSON Feed 1.1 written
 * here (feed@6 still emits the 1.0 shape: singular `author`, no `language`). Pure over its
 * input, so tests can build a feed from fixtures; the routes pass lib/content's newest stories.
 */
import { Feed, type Item } from 'feed';

import type { ArticleMeta, SectionRef } from '../content/types';
import { absoluteUrl, type FeedFormat, routes, tagSlug } from '../routes';
import { site } from '../site';

/** How many stories every feed carries, newest first. */
export const FEED_SIZE = 50;

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedInput {
  section?: SectionRef;
  items: ArticleMeta[];
  /** Size in bytes of a file under public/ (RSS enclosures must state a length). */
  fileSize: (publicPath: string) => number;
  /** When the feed is empty, its `updated` time. */
  now: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const imageType = (src: string) =>
  /\.jpe?g$/i.test(src) ? 'image/jpeg' : `image/${src.split('.').pop()?.toLowerCase()}`;

export function feedTitle(section?: SectionRef) {
  return section ? `${section.title} | ${site.name}` : site.name;
}

function channel({ section, items, now }: FeedInput) {
  const home = section ? section.url : routes.home();
  const updated = items.length ? new Date(Math.max(...items.map((item) => Date.parse(item.modified)))) : now;
  return {
    title: feedTitle(section),
    description: section ? section.description : site.description,
    home: absoluteUrl(home),
    links: {
      rss: absoluteUrl(routes.feed('rss', section?.slug)),
      atom: absoluteUrl(routes.feed('atom', section?.slug)),
      json: absoluteUrl(routes.feed('json', section?.slug)),
    },
    updated,
  };
}

/** People for a story: staff authors with their pages, else the agency byline, else the newsroom. */
function people(item: ArticleMeta): { name: string; url?: string }[] {
  if (item.authors.length) return item.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) }));
  return [{ name: item.byline ?? site.name }];
}

function categories(item: ArticleMeta) {
  return [
    { name: item.sectionTitle, term: item.section, url: absoluteUrl(routes.section(item.section)) },
    ...item.tags.map((tag) => ({ name: tag, term: tagSlug(tag), url: absoluteUrl(routes.tag(tag)) })),
  ];
}

/** The teaser a reader sees in a feed reader: the first paragraph, never the whole story. */
const teaser = (item: ArticleMeta) => `<p>${escapeHtml(item.excerpt)}</p>`;

function xmlFeed(input: FeedInput, kind: 'rss' | 'atom'): Feed {
  const info = channel(input);
  const feed = new Feed({
    id: info.home,
    title: info.title,
    description: info.description,
    link: info.home,
    language: site.language,
    updated: info.updated,
    generator: site.name,
    feedLinks: { rss: info.links.rss, atom: info.links.atom, json: info.links.json },
    ...(kind === 'atom' ? { feed: info.links.atom } : { feed: info.links.rss }),
    copyright: `© ${site.name}`,
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const item of input.items) {
    const url = absoluteUrl(item.url);
    const entry: Item = {
      title: feedItemTitle(item),
      id: url,
      guid: url,
      link: url,
      description: item.dek,
      content: teaser(item),
      date: new Date(item.modified),
      published: new Date(item.date),
      author: people(item).map(({ name, url: link }) => ({ name, ...(link ? { link } : {}) })),
      category: categories(item).map(({ name, term, url: scheme }) =>
        kind === 'rss' ? { name, domain: scheme } : { name, term, scheme },
      ),
    };
    if (item.image) {
      entry.image = {
        url: absoluteUrl(item.image.src),
        type: imageType(item.image.src),
        length: input.fileSize(item.image.src),
        title: item.image.alt,
      };
    }
    feed.addItem(entry);
  }
  return feed;
}

export function rssFeed(input: FeedInput): string {
  return xmlFeed(input, 'rss').rss2();
}

export function atomFeed(input: FeedInput): string {
  // feed@6 derives an Atom enclosure's type from the file extension ("image/jpg"); the registered type is image/jpeg.
  return xmlFeed(input, 'atom')
    .atom1()
    .replace(/type="image\/jpg"/g, 'type="image/jpeg"');
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(input: FeedInput): string {
  const info = channel(input);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.home,
    feed_url: info.links.json,
    description: info.description,
    language: site.language,
    authors: [{ name: site.name, url: absoluteUrl('/') }],
    items: input.items.map((item) => ({
      id: absoluteUrl(item.url),
      url: absoluteUrl(item.url),
      title: feedItemTitle(item),
      summary: item.dek,
      content_html: teaser(item),
      ...(item.image ? { image: absoluteUrl(item.image.src) } : {}),
      date_published: new Date(item.date).toISOString(),
      date_modified: item.modified,
      authors: people(item),
      tags: [item.sectionTitle, ...item.tags],
      ...(item.image
        ? {
            attachments: [
              {
                url: absoluteUrl(item.image.src),
                mime_type: imageType(item.image.src),
                title: item.image.alt,
                size_in_bytes: input.fileSize(item.image.src),
              },
            ],
          }
        : {}),
    })),
  };
  return JSON.stringify(feed, null, 2);
}

export const renderFeed: Record<FeedFormat, (input: FeedInput) => string> = {
  rss: rssFeed,
  atom: atomFeed,
  json: jsonFeed,
};

/** A live blog whose coverage is running is labelled in feeds as on the fronts; its item's date moves with each post. */
export const feedItemTitle = (item: { title: string; live?: 'live' | 'ended' }) =>
  item.live === 'live' ? `LIVE: ${item.title}` : item.title;
