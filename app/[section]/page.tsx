import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { MdxBody } from '@/components/mdx/MdxBody';
import { getPage, getSection, sectionPage, sections, staticPages } from '@/lib/content';
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

export function generateStaticParams() {
  return [...sections(), ...staticPages()].map(({ slug }) => ({ section: slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section: slug } = await params;
  const section = getSection(slug);
  const found = section ?? getPage(slug);
  if (!found) return {};
  const path = section ? section.url : routes.page(slug);
  const image = socialImage(path, `${site.name}: ${found.title}`);
  return frontMetadata({ title: found.title, description: found.description, path, section, image });
}

export default async function SectionOrPage({ params }: Params) {
  const { section: slug } = await params;
  const section = getSection(slug);
  if (section) {
    const list = sectionPage(section.slug, 1);
    if (!list) notFound();
    return (
      <ListFront
        trail={[
          { label: 'Home', href: routes.home() },
          { label: section.title, href: section.url },
        ]}
        kind="Category: "
        title={section.title}
        description={<p>{section.description}</p>}
        list={list}
        href={(page) => routes.section(section.slug, page)}
      />
    );
  }
  const page = getPage(slug);
  if (!page) notFound();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-6 outline-none">
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
    </main>
  );
}
