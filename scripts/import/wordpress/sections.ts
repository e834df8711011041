/**
 * Which section a WordPress post lands in. By default its first category becomes a section of
 * its own; a mapping file (--sections map.yaml) sends many categories to one section, and names
 * the section for "Uncategorized" and for posts with no category:
 *
 *   uncategorized: top-news      # WordPress's default category goes here
 *   categories:
 *     local-news: uk             # category slug: section slug
 *     council: uk
 *     football: sports
 */
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

import { SLUG_PATTERN } from '../../../lib/schema/reserved';

export interface SectionMap {
  uncategorized: string;
  categories: Record<string, string>;
}

/** Without a file, "Uncategorized" posts go to a section called News. */
export const DEFAULT_MAP: SectionMap = { uncategorized: 'news', categories: {} };

export function readSectionMap(file: string): SectionMap {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(
      `${file}: must hold "uncategorized: <section>" and "categories:" with "<category>: <section>" lines`,
    );
  const record = data as Record<string, unknown>;
  const uncategorized = record.uncategorized ?? DEFAULT_MAP.uncategorized;
  if (typeof uncategorized !== 'string' || !SLUG_PATTERN.test(uncategorized))
    throw new Error(
      `${file}: uncategorized: must be a section slug (lowercase words joined by hyphens), e.g. uncategorized: top-news`,
    );
  const categories: Record<string, string> = {};
  const listed = record.categories ?? {};
  if (typeof listed !== 'object' || Array.isArray(listed))
    throw new Error(`${file}: categories: must list "<category slug>: <section slug>" lines, indented under it`);
  for (const [category, section] of Object.entries(listed as Record<string, unknown>)) {
    if (typeof section !== 'string' || !SLUG_PATTERN.test(section))
      throw new Error(`${file}: categories.${category}: must be a section slug, e.g. ${category}: uk`);
    categories[category] = section;
  }
  const unknown = Object.keys(record).filter((key) => key !== 'uncategorized' && key !== 'categories');
  if (unknown.length > 0)
    throw new Error(`${file}: ${unknown.join(', ')}: not a known setting; use uncategorized: and categories:`);
  return { uncategorized, categories };
}
