import type { Crumb } from '@/components/layout/Breadcrumbs';
import type { TagRef } from '@/lib/content';
import { routes } from '@/lib/routes';

/** Home › Topics › São Paulo (› Page n). */
export function tagTrail(tag: TagRef, page: number): Crumb[] {
  const trail = [
    { label: 'Home', href: routes.home() },
    { label: 'Topics', href: routes.tagIndex() },
    { label: tag.name, href: tag.url },
  ];
  return page > 1 ? [...trail, { label: `Page ${page}`, href: routes.tag(tag.slug, page) }] : trail;
}
