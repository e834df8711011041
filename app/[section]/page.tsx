import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { pagedFrontMetadata, PagedFrontPage, sectionFront } from '@/app/paged-fronts';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Main } from '@/components/layout/Main';
import { MdxBody } from '@/components/mdx/MdxBody';
import { getPage, sections, staticPages } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { socialImage } from '@/lib/seo/social-image';
import { site } from '@/lib/site';

interface Params {
  params: Promise<{ section: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  return [...(await sections()), ...(await staticPages())].map(({ slug }) => ({ section: slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section: slug } = await params;
  const front = await sectionFront(slug);
  if (front) return pagedFrontMetadata(front, 1);
  const page = await getPage(slug);
  if (!page) return {};
  const path = routes.page(slug);
  const image = socialImage(path, `${site.name}: ${page.title}`);
  return frontMetadata({ title: page.title, description: page.description, path, image });
}

export default async function SectionOrPage({ params }: Params) {
  const { section: slug } = await params;
  const front = await sectionFront(slug);
  if (front) return <PagedFrontPage front={front} page={1} />;
  const page = await getPage(slug);
  if (!page) notFound();
  return (
    <Main>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: routes.home() },
          { label: page.title, href: routes.page(slug) },
        ]}
      />
      <h1 className="mt-4 font-serif text-4xl font-bold">{page.title}</h1>
      <div className="mt-6">
        <MdxBody code={page.bodyCode} />
      </div>
    </Main>
  );
}
