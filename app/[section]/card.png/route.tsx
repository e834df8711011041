import { getPage, getSection, latestIn, sections, staticPages } from '@/lib/content';
import { socialCard } from '@/lib/seo/og-card';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await sections()), ...(await staticPages())].map(({ slug }) => ({ section: slug }));
}

/** Section fronts show their newest picture; static pages (About, Contact…) their title alone. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = await getSection(slug);
  if (section) {
    const image = (await latestIn(section.slug, { limit: 5 })).find((story) => story.image)?.image;
    return socialCard({ title: section.title, label: 'Section', subtitle: section.description, image });
  }
  const page = await getPage(slug);
  if (!page) return new Response('Not found', { status: 404 });
  return socialCard({ title: page.title, label: site.name, subtitle: page.description });
}
