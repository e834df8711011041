import type { ReactNode } from 'react';

/** The id the layout's "Skip to content" link targets (app/layout.tsx). */
export const MAIN_ID = 'main';

const LAYOUTS = {
  /** A page of its own: one centred reading column. */
  column: 'mx-auto max-w-3xl px-4 pt-6',
  /** The first cell of a page grid whose second cell is a sidebar (home front, article). */
  cell: 'min-w-0',
} as const;

/**
 * The page's one <main>: the skip link's target, focusable (tabIndex -1) so that following the
 * link moves keyboard focus into the content, without a focus ring on a region nobody tabbed to.
 */
export function Main({ layout = 'column', children }: { layout?: keyof typeof LAYOUTS; children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className={`${LAYOUTS[layout]} outline-none`}>
      {children}
    </main>
  );
}
