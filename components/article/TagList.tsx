/** The story's topics. Tag pages arrive with the fronts; until then tags are labels, not links. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-8 font-sans text-sm">
      <h2 className="sr-only">Topics</h2>
      <ul className="flex flex-wrap gap-2" aria-label="Topics">
        {tags.map((tag) => (
          <li key={tag} className="rounded-full border border-rule px-3 py-1 text-ink">{tag}</li>
        ))}
      </ul>
    </div>
  );
}
