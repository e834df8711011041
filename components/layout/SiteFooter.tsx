import Link from 'next/link';

interface FooterLink {
  url: string;
  title: string;
}

interface Props {
  siteName: string;
  description: string;
  sections: FooterLink[];
  pages: FooterLink[];
}

function LinkColumn({ heading, label, links }: { heading: string; label: string; links: FooterLink[] }) {
  return (
    <nav aria-label={label}>
      <h2 className="font-bold tracking-wide uppercase">{heading}</h2>
      <ul className="mt-2 space-y-1">
        {links.map((link) => (
          <li key={link.url}>
            <Link href={link.url} className="text-ink">{link.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteFooter({ siteName, description, sections, pages }: Props) {
  return (
    <footer className="mt-16 border-t-4 border-ink bg-wash font-sans text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{siteName}</p>
          <p className="mt-2 text-muted">{description}</p>
        </div>
        <LinkColumn heading="Sections" label="Sections in the footer" links={sections} />
        <LinkColumn heading="About" label={`About ${siteName}`} links={pages} />
      </div>
      <p className="border-t border-rule py-4 text-center text-muted">© {siteName}. All rights reserved.</p>
    </footer>
  );
}
