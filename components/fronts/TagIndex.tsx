import Link from '@/components/link/Link.client';
import type { TagRef } from '@/lib/content/types';

/** The letter a tag is filed under: "Zürich" under Z, "Côte d'Ivoire" under C, "5G" under #. */
export function initialOf(name: string): string {
  const letter = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Topics A to Z, each with its story count, under one heading per letter. */
export function TagIndex({ tags }: { tags: TagRef[] }) {
  const letters = new Map<string, TagRef[]>();
  for (const tag of tags) {
    const letter = initialOf(tag.name);
    letters.set(letter, [...(letters.get(letter) ?? []), tag]);
  }
  return (
    <div className="mt-8 space-y-6">
      {[...letters].map(([letter, group]) => (
        <section key={letter} aria-labelledby={`topics-${letter}`}>
          <h2 id={`topics-${letter}`} className="border-b-2 border-ink pb-1 font-sans text-sm font-bold">
            {letter === '#' ? 'Numbers and symbols' : letter}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2 font-sans text-sm">
            {group.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={tag.url}
                  className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-3 text-ink no-underline hover:bg-wash"
                >
                  {tag.name}
                  <span className="text-muted">
                    {tag.count}
                    <span className="sr-only"> {tag.count === 1 ? 'story' : 'stories'}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
