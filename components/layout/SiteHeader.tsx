import Link from '@/components/link/Link.client';
import type { SectionRef } from '@/lib/content/types';
import { routes } from '@/lib/routes';

import { browseLinks } from './browse-links';
import { SectionLinks } from './SectionLinks';
import { SiteMenu } from './SiteMenu';
import { ThemeToggle } from './ThemeToggle';

interface Props {
  siteName: string;
  tagline: string;
  sections: SectionRef[];
  /** Slug of the section the current page belongs to, marked for assistive technology. */
  currentSection?: string;
}

export function SiteHeader({ siteName, tagline, sections, currentSection }: Props) {
  return (
    <header className="border-b-4 border-ink">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-2 pt-2">
        <SiteMenu sections={sections} currentSection={currentSection} browse={browseLinks} />
        <div className="flex items-center gap-1">
          <Link
            href={routes.search()}
            className="flex min-h-11 items-center gap-1 rounded px-2 font-sans text-sm font-semibold text-ink no-underline hover:bg-wash"
          >
            <span aria-hidden="true">⌕</span> Search
          </Link>
          <ThemeToggle />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3 text-center">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight text-ink no-underline sm:text-5xl">
          {siteName}
        </Link>
        <p className="mt-1 font-sans text-sm text-muted">{tagline}</p>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <SectionLinks
          sections={sections}
          currentSection={currentSection}
          listClassName="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto px-2 font-sans text-sm font-semibold whitespace-nowrap"
          linkClassName="inline-block px-2 py-3 text-ink no-underline hover:text-accent hover:underline"
        />
      </nav>
    </header>
  );
}
