import Link from '@/components/link/Link.client';
import { routes } from '@/lib/routes';

/** The story's topics, each linking to its tag page (/tag/<slug>), printed as the editor spelled it. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-8 font-sans text-sm">
      <h2 className="sr-only">Topics</h2>
      <ul className="flex flex-wrap gap-2" aria-label="Topics">
        {tags.map((tag) => (
          <li key={tag}>
            <Link
              href={routes.tag(tag)}
              className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 text-ink no-underline hover:bg-wash"
            >
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
