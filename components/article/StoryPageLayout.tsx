import type { ReactNode } from 'react';

import type { ArticleSummary } from '@/lib/content/types';

import { GoToTop } from '../layout/GoToTop';
import { Main } from '../layout/Main';
import { StoryList } from '../lists/StoryList';

/**
 * The frame of a story's page, an article or a live blog (the model page): the story in the main
 * column, closed by "go to top", and the Don't Miss picks beside it on wide screens, below it on
 * narrow ones.
 */
export function StoryPageLayout({ picks, children }: { picks: ArticleSummary[]; children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 pt-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Main layout="cell">
        {children}
        <GoToTop targetId="top" />
      </Main>
      <aside aria-label="Don't Miss" className="lg:pt-10">
        <StoryList title="Don't Miss" stories={picks} showSection />
      </aside>
    </div>
  );
}
