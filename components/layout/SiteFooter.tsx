import Link from '@/components/link/Link.client';

interface FooterLink {
  url: string;
  title: string;
}

interface Props {
  siteName: string;
  description: string;
  sections: FooterLink[];
  pages: FooterLink[];
  browse: FooterLink[];
  feeds: FooterLink[];
}

/** `plain` links are files (feeds), not pages: a plain <a>, never prefetched as a route. */
function LinkColumn({
  heading,
  label,
  links,
  plain = false,
}: {
  heading: string;
  label: string;
  links: FooterLink[];
  plain?: boolean;
}) {
  const className = 'inline-flex min-h-11 items-center text-ink sm:min-h-0';
  return (
    <nav aria-label={label}>
      <h2 className="font-bold tracking-wide uppercase">{heading}</h2>
      <ul className="mt-2 sm:space-y-1">
        {links.map((link) => (
          <li key={link.url}>
            {plain ? (
              <a href={link.url} className={className}>
                {link.title}
              </a>
            ) : (
              <Link href={link.url} className={className}>
                {link.title}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteFooter({ siteName, description, sections, browse, pages, feeds }: Props) {
  return (
    <footer className="mt-16 border-t-4 border-ink bg-wash font-sans text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <p className="font-serif text-2xl font-bold">{siteName}</p>
          <p className="mt-2 text-muted">{description}</p>
        </div>
        <LinkColumn heading="Sections" label="Sections in the footer" links={sections} />
        <LinkColumn heading="Browse" label="Browse" links={browse} />
        <LinkColumn heading="About" label={`About ${siteName}`} links={pages} />
        <LinkColumn heading="Feeds" label="Feeds" links={feeds} plain />
      </div>
      <p className="border-t border-rule py-4 text-center text-muted">© {siteName}. All rights reserved.</p>
    </footer>
  );
}
