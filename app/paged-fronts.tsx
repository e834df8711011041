/**
 * The section, tag and author fronts, page 1 and page n, in one place. Each front says what it
 * lists and how it introduces itself; its two routes (…/<slug> and …/<slug>/page/<n>) only read
 * their params and hand them here, so page 1 and page n cannot drift apart.
 */
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';

import { AuthorProfile } from '@/components/fronts/AuthorProfile';
import { ListFront } from '@/components/fronts/ListFront';
import type { Crumb } from '@/components/layout/Breadcrumbs';
import { MdxBody } from '@/components/mdx/MdxBody';
import { JsonLd } from '@/components/seo/JsonLd';
import {
  authorPage,
  authorPageCount,
  getAuthor,
  getSection,
  getTag,
  sectionPage,
  sectionPageCount,
  tagPage,
  tagPageCount,
} from '@/lib/content';
import type { ListPage, SectionRef } from '@/lib/content/types';
import { laterPages, parsePageParam } from '@/lib/pagination';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { type SocialImage, socialImage } from '@/lib/seo/social-image';
import { profilePage } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

export interface PagedFront {
  title: string;
  /** Read before the title by screen readers only: "Category: ", "Topic: ". */
  kind?: string;
  /** Home › … › the front itself; page n adds its own crumb. */
  trail: Crumb[];
  href: (page: number) => string;
  list: (page: number) => Promise<ListPage | undefined>;
  pageCount: () => Promise<number>;
  /** The search and social description of page `page`. */
  summary: (page: number) => string;
  /** Under the title. */
  description?: (page: number) => ReactNode;
  /** Between the header and the stories, e.g. an author's profile. */
  intro?: (page: number) => ReactNode;
  /** The section whose feeds the page advertises. */
  section?: SectionRef;
  /** Page 1's own social card; the site's card otherwise. */
  card?: SocialImage;
  showSection: boolean;
}

const home: Crumb = { label: 'Home', href: routes.home() };

export async function sectionFront(slug: string): Promise<PagedFront | undefined> {
  const section = await getSection(slug);
  if (!section) return undefined;
  return {
    title: section.title,
    kind: 'Category: ',
    trail: [home, { label: section.title, href: section.url }],
    href: (page) => routes.section(slug, page),
    list: (page) => sectionPage(slug, page),
    pageCount: () => sectionPageCount(slug),
    summary: () => section.description,
    description: () => <p>{section.description}</p>,
    section,
    card: socialImage(section.url, `${site.name}: ${section.title}`),
    showSection: false,
  };
}

export async function tagFront(slug: string): Promise<PagedFront | undefined> {
  const tag = await getTag(slug);
  if (!tag) return undefined;
  return {
    title: tag.name,
    kind: 'Topic: ',
    trail: [home, { label: 'Topics', href: routes.tagIndex() }, { label: tag.name, href: tag.url }],
    href: (page) => routes.tag(tag.slug, page),
    list: (page) => tagPage(tag.slug, page),
    pageCount: () => tagPageCount(tag.slug),
    summary: () => `Stories about ${tag.name}, newest first.`,
    description: (page) =>
      page === 1 ? <p>{tag.count === 1 ? '1 story' : `${tag.count} stories`}, newest first.</p> : undefined,
    showSection: true,
  };
}

export async function authorFront(slug: string): Promise<PagedFront | undefined> {
  const author = await getAuthor(slug);
  if (!author) return undefined;
  return {
    title: author.name,
    trail: [home, { label: author.name, href: author.url }],
    href: (page) => routes.author(slug, page),
    list: (page) => authorPage(slug, page),
    pageCount: () => authorPageCount(slug),
    summary: (page) =>
      page === 1
        ? `${author.name}, ${author.role}: biography and stories.`
        : `Stories by ${author.name}, ${author.role}.`,
    description: (page) => (page > 1 ? <p>{author.role}</p> : undefined),
    intro: (page) =>
      page === 1 ? (
        <>
          <JsonLd data={profilePage(author)} />
          <AuthorProfile
            name={author.name}
            role={author.role}
            avatar={author.avatar}
            links={author.links}
            bio={<MdxBody code={author.bioCode} />}
          />
        </>
      ) : undefined,
    showSection: true,
  };
}

/**
 * The page number of a /…/page/<n> route. Page 1 lives only at the list's own URL, so
 * /…/page/1 redirects there (permanently); anything that is not a page number is a 404.
 */
export function pageNumber(param: string, firstPageUrl: string): number {
  const page = parsePageParam(param);
  if (page === undefined) notFound();
  if (page === 1) permanentRedirect(firstPageUrl);
  return page;
}

/** Params for /…/page/<n>: "1" (prerendered as the redirect) and pages 2…last. */
export const pageParams = (pageCount: number) => [{ n: '1' }, ...laterPages(pageCount)];

/** The `n` params of every front's later pages, for generateStaticParams. */
export async function laterPageParams(slugs: string[], frontOf: (slug: string) => Promise<PagedFront | undefined>) {
  const perFront = await Promise.all(
    slugs.map(async (slug) => {
      const front = await frontOf(slug);
      return pageParams((await front?.pageCount()) ?? 1).map(({ n }) => ({ slug, n }));
    }),
  );
  return perFront.flat();
}

export function pagedFrontMetadata(front: PagedFront | undefined, page: number): Metadata {
  if (!front) return {};
  return frontMetadata({
    title: page > 1 ? `${front.title}, page ${page}` : front.title,
    description: front.summary(page),
    path: front.href(page),
    section: front.section,
    ...(page === 1 && front.card ? { image: front.card } : {}),
  });
}

/** Page `page` of a front; a 404 when the front or the page does not exist. */
export async function PagedFrontPage({ front, page }: { front: PagedFront | undefined; page: number }) {
  const list = await front?.list(page);
  if (!front || !list) notFound();
  return (
    <ListFront
      trail={page > 1 ? [...front.trail, { label: `Page ${page}`, href: front.href(page) }] : front.trail}
      kind={front.kind}
      title={front.title}
      description={front.description?.(page)}
      intro={front.intro?.(page)}
      list={list}
      href={front.href}
      showSection={front.showSection}
    />
  );
}

/** The page number of page n's route, checked against the front (redirects /page/1, 404s the rest). */
export function laterPageOf(front: PagedFront | undefined, param: string): number {
  if (!front) notFound();
  return pageNumber(param, front.href(1));
}
