import type { ReactNode } from 'react';

import type { Crumb } from '@/components/layout/Breadcrumbs';
import { Main } from '@/components/layout/Main';
import type { ListPage } from '@/lib/content/types';

import { FrontHeader } from './FrontHeader';
import { Pagination } from './Pagination';
import { StoryStream } from './StoryStream';

interface Props {
  trail: Crumb[];
  kind?: string;
  title: string;
  description?: ReactNode;
  /** Shown above the stories, e.g. an author's profile. */
  intro?: ReactNode;
  list: ListPage;
  /** URL of page n of this list. */
  href: (page: number) => string;
  showSection?: boolean;
}

/** A section, tag or author front: header, one page of stories newest first, numbered pages. */
export function ListFront({ trail, kind, title, description, intro, list, href, showSection = false }: Props) {
  return (
    <Main>
      <FrontHeader trail={trail} kind={kind} title={title} page={list.page} description={description} />
      {intro}
      <h2 className="sr-only">Stories</h2>
      <StoryStream
        label={
          list.pageCount > 1 ? `Stories in ${title}, page ${list.page} of ${list.pageCount}` : `Stories in ${title}`
        }
        stories={list.stories}
        showSection={showSection}
        level="h3"
      />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} label={title} />
    </Main>
  );
}
