import Link from 'next/link';
import type { SectionRef } from '@/lib/content/types';

interface Props {
  siteName: string;
  description: string;
  sections: SectionRef[];
  pages: { url: string; title: string }[];
}

export function SiteFooter({ siteName, description, sections, pages }: Props) {
  return (
    <footer className="mt-16 border-t-4 border-ink bg-wash font-sans text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{siteName}</p>
          <p className="mt-2 text-muted">{description}</p>
        </div>
        <nav aria-label="Sections in the footer">
          <h2 className="font-bold uppercase tracking-wide">Sections</h2>
          <ul className="mt-2 space-y-1">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={section.url} className="text-ink">{section.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="About Dateline">
          <h2 className="font-bold uppercase tracking-wide">About</h2>
          <ul className="mt-2 space-y-1">
            {pages.map((page) => (
              <li key={page.url}>
                <Link href={page.url} className="text-ink">{page.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-rule py-4 text-center text-muted">© {siteName}. All rights reserved.</p>
    </footer>
  );
}
