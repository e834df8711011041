import Link from 'next/link';
import { StoryList } from '@/components/lists/StoryList';
import { latest } from '@/lib/content';

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-10 outline-none">
      <p className="font-sans text-sm font-bold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">
        We could not find that page. It may have moved, or the address may be mistyped. Try the{' '}
        <Link href="/" className="text-link">home page</Link> or one of the latest stories below.
      </p>
      <StoryList title="Latest stories" stories={latest(5)} showSection className="mt-8" />
    </main>
  );
}
