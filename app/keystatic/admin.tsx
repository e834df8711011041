'use client';
/**
 * The Keystatic admin (browser side). Only reachable where the admin routes are built: in
 * `npm run dev`, or when an operator sets DATELINE_EDITOR=1 for a build (next.config.js).
 */
import { makePage } from '@keystatic/next/ui/app';
import { useMemo } from 'react';

import { editorConfig } from '@/lib/editor/keystatic-config';
import type { StoryChoice } from '@/lib/editor/story-components';

export function KeystaticAdmin({ stories, year }: { stories: StoryChoice[]; year: number }) {
  const Admin = useMemo(() => makePage(editorConfig({ stories, year })), [stories, year]);
  return <Admin />;
}
