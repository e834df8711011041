import { notFound } from 'next/navigation';

import { AuthorProfile } from '@/components/fronts/AuthorProfile';
import { ListFront } from '@/components/fronts/ListFront';
import { MdxBody } from '@/components/mdx/MdxBody';
import { JsonLd } from '@/components/seo/JsonLd';
import { authorPage, getAuthor } from '@/lib/content';
import { routes } from '@/lib/routes';
import { profilePage } from '@/lib/seo/structured-data';

/** Page `page` of an author's front: the profile on page 1, their stories on every page. */
export function AuthorFront({ slug, page }: { slug: string; page: number }) {
  const author = getAuthor(slug);
  const list = author && authorPage(slug, page);
  if (!author || !list) notFound();
  const trail = [
    { label: 'Home', href: routes.home() },
    { label: author.name, href: author.url },
  ];
  return (
    <ListFront
      trail={page > 1 ? [...trail, { label: `Page ${page}`, href: routes.author(slug, page) }] : trail}
      title={author.name}
      intro={
        page === 1 ? (
          <>
            <JsonLd data={profilePage(author)} />
            <AuthorProfile
              name={author.name}
              role={author.role}
              avatar={author.avatar}
              links={author.links}
              bio={<MdxBody code={author.bioCode} />}
            />
          </>
        ) : undefined
      }
      description={page > 1 ? <p>{author.role}</p> : undefined}
      list={list}
      href={(n) => routes.author(slug, n)}
      showSection
    />
  );
}
