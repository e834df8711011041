import { Main } from '@/components/layout/Main';
import Link from '@/components/link/Link.client';
import { StoryList } from '@/components/lists/StoryList';
import { latest } from '@/lib/content';
import { routes } from '@/lib/routes';

import { Masthead } from './masthead';

// Rendered inside the root layout only, so it brings its own header.
export default async function NotFound() {
  return (
    <>
      <Masthead />
      <Main>
        <p className="font-sans text-sm font-bold tracking-wide text-accent uppercase">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-lg">
          We could not find that page. It may have moved, or the address may be mistyped. Search for it, try the{' '}
          <Link href="/" className="text-link underline">
            home page
          </Link>
          , or read one of the latest stories below.
        </p>
        <form action={routes.search()} method="get" role="search" className="mt-6 flex flex-wrap gap-2 font-sans">
          <label htmlFor="not-found-search" className="sr-only">
            Search the site
          </label>
          <input
            id="not-found-search"
            name="q"
            type="search"
            placeholder="Search stories"
            className="min-h-11 min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-ink"
          />
          <button type="submit" className="min-h-11 rounded bg-ink px-4 font-semibold text-paper">
            Search
          </button>
        </form>
        <StoryList title="Latest stories" stories={await latest(5)} showSection className="mt-8" />
      </Main>
    </>
  );
}
