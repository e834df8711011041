'use client';

import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The live blog's JSON of its newest post ids and its status (app/[section]/[slug]/posts.json). */
  postsUrl: string;
  pollSeconds: number;
}

interface PostsJson {
  status: 'live' | 'ended';
  posts: { id: string }[];
}

const LIST_ID = 'live-posts';
const plural = (count: number) => `${count} new ${count === 1 ? 'post' : 'posts'}`;

/**
 * The one client component of a story page (docs/decisions/029). While the tab is visible it
 * asks for the live blog's JSON every `pollSeconds` (with If-None-Match, so an unchanged blog
 * costs a 304). When it names posts this page lacks, it reads them from the page's own freshly
 * rendered HTML, so a post looks exactly as the server renders it. A reader at the top of the
 * posts gets them in place; one who has scrolled into the posts gets a "Show N new posts"
 * button instead, so nothing moves under them. Neither moves focus. It stops when the blog ends.
 */
export function LiveUpdates({ postsUrl, pollSeconds }: Props) {
  const [waiting, setWaiting] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<Element[]>([]);

  useEffect(() => {
    let etag: string | null = null;
    let timer: number | undefined;
    let stopped = false;
    let busy = false;
    const list = document.getElementById(LIST_ID);
    if (!list) return;
    // Every post on the page, the pinned one above the list included.
    const shown = () => new Set([...document.querySelectorAll('[data-post-id]')].map((post) => post.id));

    const poll = async () => {
      if (busy || stopped || document.visibilityState !== 'visible') return;
      busy = true;
      try {
        const response = await fetch(postsUrl, { cache: 'no-store', headers: etag ? { 'If-None-Match': etag } : {} });
        if (response.status !== 200) return;
        const data = (await response.json()) as PostsJson;
        etag = response.headers.get('ETag');
        const have = shown();
        for (const post of pending.current) have.add(post.id);
        const fresh = data.posts.filter((post) => !have.has(`post-${post.id}`));
        if (fresh.length > 0) {
          const page = await fetch(location.pathname, { cache: 'no-store' });
          const html = new DOMParser().parseFromString(await page.text(), 'text/html');
          const found = fresh.flatMap(({ id }) => {
            const post = html.getElementById(`post-${id}`);
            return post ? [document.importNode(post, true)] : [];
          });
          // The page may not have been rendered again yet: ask again next time.
          if (found.length < fresh.length) etag = null;
          if (found.length > 0) receive(found);
        }
        if (data.status === 'ended') {
          stopped = true;
          setAnnouncement('This live blog has ended.');
        }
      } catch {
        // Offline or a failed request: the next poll tries again.
      } finally {
        busy = false;
      }
    };

    const receive = (posts: Element[]) => {
      const atTop = list.getBoundingClientRect().top >= 0 && pending.current.length === 0;
      for (const post of posts) post.classList.add('live-post-new');
      if (atTop) list.prepend(...posts);
      else {
        pending.current = [...posts, ...pending.current];
        setWaiting(pending.current.length);
      }
      setAnnouncement(plural(posts.length));
    };

    const schedule = () => {
      timer = window.setTimeout(() => {
        void poll().then(() => {
          if (!stopped) schedule();
        });
      }, pollSeconds * 1000);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [postsUrl, pollSeconds]);

  const showPending = () => {
    const list = document.getElementById(LIST_ID);
    const [first] = pending.current;
    if (!list || !first) return;
    list.prepend(...pending.current);
    pending.current = [];
    setWaiting(0);
    // The reader asked for them: take them there, smoothly only if they have not asked for less motion.
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    (first as HTMLElement).focus({ preventScroll: true });
    first.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  };

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only" data-testid="live-announcer">
        {announcement}
      </p>
      {waiting > 0 && (
        <button
          type="button"
          onClick={showPending}
          className="fixed inset-x-0 bottom-4 z-20 mx-auto w-max rounded-full bg-accent px-5 py-2 font-sans text-sm font-bold text-paper shadow-lg"
        >
          Show {plural(waiting)}
        </button>
      )}
    </>
  );
}
