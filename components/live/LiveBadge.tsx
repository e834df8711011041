/** The LIVE label of a live blog whose coverage is running: on its page and wherever it is listed. */
export function LiveBadge() {
  return (
    <span className="mr-2 inline-block rounded bg-accent px-1.5 py-0.5 font-sans text-xs font-bold tracking-wide text-paper uppercase">
      Live
    </span>
  );
}
