import type { ReactNode } from 'react';

import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs';

interface Props {
  trail: Crumb[];
  /** Read before the title by screen readers only: "Category: ", "Topic: ". */
  kind?: string;
  title: string;
  page?: number;
  description?: ReactNode;
}

/** Breadcrumbs, the page's one h1 (with its page number past page 1) and a description. */
export function FrontHeader({ trail, kind, title, page = 1, description }: Props) {
  return (
    <header>
      <Breadcrumbs trail={trail} />
      <h1 className="mt-4 font-serif text-4xl font-bold">
        {kind && <span className="sr-only">{kind}</span>}
        {title}
        {page > 1 && <span className="ml-3 align-middle font-sans text-base font-normal text-muted">Page {page}</span>}
      </h1>
      {description && <div className="mt-2 text-lg text-muted">{description}</div>}
    </header>
  );
}
