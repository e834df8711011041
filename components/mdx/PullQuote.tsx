import type { ReactNode } from 'react';

/** A quotation set large to break up a long story. */
export function PullQuote({ children, cite }: { children: ReactNode; cite?: string }) {
  return (
    <figure className="not-prose my-8 border-l-4 border-accent pl-5">
      <blockquote className="font-serif text-2xl leading-snug font-semibold text-ink [&>p]:m-0">{children}</blockquote>
      {cite && <figcaption className="mt-2 font-sans text-sm text-muted">— {cite}</figcaption>}
    </figure>
  );
}
