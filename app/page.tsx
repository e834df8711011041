import { StoryList } from '@/components/lists/StoryList';
import { editorsPicks, latest } from '@/lib/content';
import { site } from '@/lib/site';
import { JsonLd } from '@/components/seo/JsonLd';
import { frontMetadata } from '@/lib/seo/metadata';
import { webSite } from '@/lib/seo/structured-data';

export const metadata = frontMetadata({ description: site.description, path: '/' });

/** A first home front: the newest stories and the editors' picks. The full front comes with the fronts issue. */
export default function HomePage() {
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 pt-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id="main" tabIndex={-1} className="min-w-0 outline-none">
        <h1 className="sr-only">{site.name}: latest news</h1>
        <JsonLd data={webSite()} />
        <StoryList title="Latest" stories={latest(20)} showSection />
      </main>
      <aside aria-label="Don't Miss">
        <StoryList title="Don't Miss" stories={editorsPicks()} showSection />
      </aside>
    </div>
  );
}
