/**
 * Live blogs (docs/decisions/029): stored among the articles, with their posts inside. Part of
 * lib/content; routes import these through it. Asynchronous like the rest of its API (./index.ts).
 */
import { livePostAnchor, routes } from '../routes';
import { site } from '../site';
import { bodyCode, type StoreDocuments, storyIn } from './database';
import { linkedPageStarts, livePage } from './live-pages';
import { modifiedOf } from './modified';
import { authorRefs, documents, mapEveryStory, storyDetail } from './state';
import type { StoredLivePost } from './store';
import type { LiveBlogDetail, LivePostView } from './types';

async function postView(post: StoredLivePost, docs: StoreDocuments): Promise<LivePostView> {
  return {
    id: post.id,
    time: new Date(post.time).toISOString(),
    ...(post.title ? { title: post.title } : {}),
    keyEvent: post.keyEvent,
    pinned: post.pinned,
    authors: authorRefs(post.authors, docs),
    bodyCode: await bodyCode(post.codeKey, post.sourceFilePath),
  };
}

/** Whether /<section>/<slug> is a live blog (the route then shows the live blog page). */
export async function isLiveBlog(section: string, slug: string): Promise<boolean> {
  return (await storyIn(section, slug))?.live !== undefined;
}

/**
 * A live blog's page: its newest posts, or with `from` the older page that starts with that
 * post (./live-pages.ts). Undefined for a story that is not a live blog, or an unknown post.
 */
export async function getLiveBlog(section: string, slug: string, from?: string): Promise<LiveBlogDetail | undefined> {
  const article = await storyIn(section, slug);
  const live = article?.live;
  if (!article || !live) return undefined;
  const pinnedPost = live.posts.find((post) => post.pinned);
  const firstStream = live.posts.filter((post) => post !== pinnedPost);
  const pinned = from === undefined ? pinnedPost : undefined;
  const page = livePage(from === undefined ? firstStream : live.posts, site.liveBlogPageSize, from);
  if (!page) return undefined;
  const onPage = new Set([...page.posts.map((post) => post.id), ...(pinned ? [pinned.id] : [])]);
  const onFirstPage = new Set([
    ...firstStream.slice(0, site.liveBlogPageSize).map((post) => post.id),
    ...(pinnedPost ? [pinnedPost.id] : []),
  ]);
  // A post on this page is an anchor here; one on the first page is on the blog's own address;
  // any other is on the page that starts with it (prerendered: ./live-pages.ts linkedPageStarts).
  const postHref = (id: string) =>
    onPage.has(id)
      ? `#${livePostAnchor(id)}`
      : routes.livePost(onFirstPage.has(id) ? article.url : routes.livePage(article.section, article.slug, id), id);
  const [detail, docs] = await Promise.all([storyDetail(article), documents()]);
  const [pinnedView, posts] = await Promise.all([
    pinned && postView(pinned, docs),
    Promise.all(page.posts.map((post) => postView(post, docs))),
  ]);
  return {
    ...detail,
    status: live.status,
    coverageStart: new Date(live.coverageStart).toISOString(),
    ...(live.coverageEnd ? { coverageEnd: new Date(live.coverageEnd).toISOString() } : {}),
    postCount: live.posts.length,
    ...(pinnedView ? { pinned: pinnedView } : {}),
    keyEvents: live.posts
      .filter((post) => post.keyEvent && post.title)
      .map((post) => ({
        id: post.id,
        title: post.title as string,
        time: new Date(post.time).toISOString(),
        href: postHref(post.id),
      })),
    posts,
    ...(page.olderFrom ? { olderHref: routes.livePage(article.section, article.slug, page.olderFrom) } : {}),
    isOlderPage: page.isOlderPage,
    newest: live.posts.slice(0, site.liveBlogUpdatesInJsonLd).map((post) => ({
      id: post.id,
      time: new Date(post.time).toISOString(),
      ...(post.title ? { title: post.title } : {}),
    })),
  };
}

/** The older pages of every published live blog that links reach now (what the build prerenders). */
export async function livePageParams(): Promise<{ section: string; slug: string; post: string }[]> {
  const pages = await mapEveryStory({ kind: 'live' }, (article) => {
    const live = article.live;
    if (!live) return [];
    const pinned = live.posts.find((post) => post.pinned);
    return linkedPageStarts(
      live.posts.filter((post) => post !== pinned),
      live.posts,
      site.liveBlogPageSize,
    ).map((post) => ({ section: article.section, slug: article.slug, post }));
  });
  return pages.flat();
}

/** Every published live blog's route params (the JSON of its posts is prerendered for each). */
export async function liveBlogParams(): Promise<{ section: string; slug: string }[]> {
  return mapEveryStory({ kind: 'live' }, ({ section, slug }) => ({ section, slug }));
}

/**
 * What an open live blog polls (app/[section]/[slug]/posts.json): its state and its newest
 * posts' ids and times, at most site.liveBlogPageSize; the page itself carries their markup.
 */
export async function liveBlogState(
  section: string,
  slug: string,
): Promise<{ status: 'live' | 'ended'; modified: string; posts: { id: string; time: string }[] } | undefined> {
  const article = await storyIn(section, slug);
  if (!article?.live) return undefined;
  return {
    status: article.live.status,
    modified: modifiedOf(article),
    posts: article.live.posts
      .slice(0, site.liveBlogPageSize)
      .map((post) => ({ id: post.id, time: new Date(post.time).toISOString() })),
  };
}
