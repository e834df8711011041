/**
 * "Go to Top": a plain link to the top of the page. It works without JavaScript; the smooth
 * scroll comes from CSS (scroll-behavior) and only when the reader has not asked for reduced
 * motion, so no client code ships for it.
 */
export function GoToTop({ targetId }: { targetId: string }) {
  return (
    <p className="mt-10 text-center font-sans text-sm">
      <a
        href={`#${targetId}`}
        className="inline-flex items-center gap-1 rounded border border-rule px-4 py-2 font-semibold text-ink no-underline hover:bg-wash"
      >
        <span aria-hidden="true">↑</span> Go to Top
      </a>
    </p>
  );
}
