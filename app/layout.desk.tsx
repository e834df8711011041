/**
 * The root layout of the desk's editor build only (`npm run desk:build`). That build lists just
 * the `.desk.tsx` and `.keystatic.tsx` extensions (next.config.js), so it holds the editor and
 * nothing of the reader's site: the desk serves its own pages and never a reader's page, and a
 * build of the editor alone takes a fraction of a full one. In every other build this file is
 * not a layout (its name is `layout.desk`), and app/layout.tsx is the root as usual.
 */
import './globals.css';

import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { site } from '@/lib/site';

import { serifLatin, serifLatinExt } from './fonts';

export const metadata: Metadata = { title: `Newsroom editor | ${site.name}`, robots: { index: false, follow: false } };

export default function DeskEditorRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={`${serifLatin.variable} ${serifLatinExt.variable}`}>
      <body className="min-h-screen bg-paper font-serif text-ink antialiased">{children}</body>
    </html>
  );
}
