'use client';
/**
 * The Keystatic admin (browser side). Only reachable where the admin routes are built: in
 * `npm run dev`, or when an operator sets DATELINE_EDITOR=1 for a build (next.config.js).
 * Keystatic's own component, as @keystatic/next's makePage renders it, with a configuration
 * that carries the current list of stories for ALSO READ.
 */
import type { Config } from '@keystatic/core';
import { Keystatic } from '@keystatic/core/ui';
import { useMemo } from 'react';

import { editorConfig } from '@/lib/editor/keystatic-config';
import type { StoryChoice } from '@/lib/editor/story-components';

// For Keystatic's GitHub mode (docs/deploy.md); unused in local mode.
const appSlug = {
  envName: 'NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG',
  value: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG,
};

export function KeystaticAdmin({ stories, year }: { stories: StoryChoice[]; year: number }) {
  // Keystatic types the component's config loosely (makePage takes Config<any, any>); the shape is the same.
  const config = useMemo(() => editorConfig({ stories, year }) as unknown as Config, [stories, year]);
  return <Keystatic config={config} appSlug={appSlug} />;
}
