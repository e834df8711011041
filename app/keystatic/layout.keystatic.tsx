/**
 * /keystatic: the newsroom's editor (docs/EDITING.md, "Editing in the browser"). The `.keystatic.tsx`
 * name keeps it out of every build but `npm run dev` and an operator's DATELINE_EDITOR=1 build
 * (next.config.js pageExtensions), so readers' builds and the static export never contain it.
 *
 * It sits under the site's root layout; the admin covers the whole window above the site's
 * footer, which is server-rendered markup only. No z-index: Keystatic's pop-overs (menus, lists
 * of choices) are portalled to the end of <body> and must stay above this layer.
 */
import type { Metadata } from 'next';

import { latest } from '@/lib/content';
import { buildNow } from '@/lib/now';

import { KeystaticAdmin } from './admin.client';

export const metadata: Metadata = { title: 'Newsroom editor', robots: { index: false, follow: false } };

export default async function KeystaticLayout() {
  // Every story an ALSO READ may point at, newest first (drafts included in the preview).
  const stories = (await latest(Number.MAX_SAFE_INTEGER)).map((story) => ({
    slug: story.url.split('/').pop() ?? '',
    title: story.title,
  }));
  return (
    <div className="fixed inset-0 overflow-auto bg-white font-sans text-base">
      <KeystaticAdmin stories={stories} year={buildNow().getFullYear()} />
    </div>
  );
}
