import type { ReactNode } from 'react';

import { Masthead } from '../masthead';

/**
 * Section fronts, their later pages and their articles: the header marks the section as
 * current. Static pages (/about) share this segment; no section has their slug, so none is marked.
 */
export default async function SectionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ section: string }>;
}) {
  const { section } = await params;
  return (
    <>
      <Masthead currentSection={section} />
      {children}
    </>
  );
}
