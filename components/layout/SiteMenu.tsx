import Link from '@/components/link/Link.client';
import type { SectionRef } from '@/lib/content/types';

import { SectionLinks } from './SectionLinks';

interface MenuLink {
  url: string;
  title: string;
}

interface Props {
  sections: SectionRef[];
  currentSection?: string;
  browse: MenuLink[];
}

/**
 * The menu: a <details> disclosure, so it opens with a tap, a click, Enter or Space without
 * any JavaScript; the inline head script adds "Escape closes it".
 */
export function SiteMenu({ sections, currentSection, browse }: Props) {
  return (
    <details data-menu="" className="site-menu relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded px-2 font-sans text-sm font-semibold text-ink hover:bg-wash [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-lg leading-none">
          ☰
        </span>
        Menu
      </summary>
      <div className="absolute top-full left-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded border border-rule bg-paper p-4 shadow-lg">
        <nav aria-label="Menu" className="font-sans text-sm">
          <h2 className="text-xs font-bold tracking-wide text-muted uppercase">Sections</h2>
          <SectionLinks
            sections={sections}
            currentSection={currentSection}
            listClassName="mt-1"
            linkClassName="flex min-h-11 items-center font-semibold text-ink no-underline hover:underline"
          />
          <h2 className="mt-3 text-xs font-bold tracking-wide text-muted uppercase">Browse</h2>
          <ul className="mt-1">
            {browse.map((link) => (
              <li key={link.url}>
                <Link href={link.url} className="flex min-h-11 items-center text-ink no-underline hover:underline">
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </details>
  );
}
