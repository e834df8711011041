import Link from '@/components/link/Link.client';
import { JsonLd } from '@/components/seo/JsonLd';
import { breadcrumbList } from '@/lib/seo/structured-data';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Trail from the home page to the current page; the last crumb is the page itself. The same
 * trail goes out as a schema.org BreadcrumbList, so what search engines read matches what readers see.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <>
      <JsonLd data={breadcrumbList(trail)} />
      <nav aria-label="Breadcrumb" className="font-sans text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-x-2">
          {trail.map((crumb, position) => {
            const last = position === trail.length - 1;
            return (
              <li key={crumb.href} className="flex items-center gap-x-2">
                {last ? (
                  <span aria-current="page" className="line-clamp-1">
                    {crumb.label}
                  </span>
                ) : (
                  <>
                    <Link href={crumb.href} className="text-muted">
                      {crumb.label}
                    </Link>
                    <span aria-hidden="true">›</span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
