import type { ReactNode } from 'react';

/** A boxed summary of key facts beside the running text. */
export function FactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside aria-label={title} className="my-8 rounded border border-rule bg-wash px-5 py-1 text-base">
      <p className="font-sans text-sm font-bold tracking-wide uppercase">{title}</p>
      {children}
    </aside>
  );
}
