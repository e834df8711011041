import type { ReactNode } from 'react';

import { Masthead } from '../masthead';

/** Pages that belong to no section (home, topics, authors, archive): the header marks none. */
export default function BrowseLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Masthead />
      {children}
    </>
  );
}
