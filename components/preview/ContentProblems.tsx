/**
 * In development only: the content check's problems over every page, so an editor who saves a
 * broken file sees why the page did not change, without looking at the terminal.
 */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="content-problems-heading"
      data-testid="content-problems"
      className="sticky top-0 z-50 max-h-[50vh] overflow-auto border-b-4 border-accent bg-paper px-4 py-3 font-sans text-sm shadow-lg"
    >
      <h2 id="content-problems-heading" className="font-bold text-accent">
        {problems.length === 1 ? 'A content file has a problem' : `${problems.length} content problems`} — this page
        shows the last good version
      </h2>
      <ul className="mt-2 space-y-1 font-mono text-xs">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
