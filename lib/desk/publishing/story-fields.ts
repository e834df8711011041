/** A story's frontmatter as the desk shows it, read from its text (never throws). */
import { routes } from '../../routes';
import { parseSourceFile } from '../../source/frontmatter';
import type { StoryKey } from '../workspace/story-key';

export interface StoryFields {
  data: Record<string, unknown>;
  /** Line of each top-level field, for placing the check's messages. */
  keyLines: Map<string, number>;
  title: string;
  section?: string;
  /** The date it goes live (articles) or its coverage starts (live blogs). */
  date?: string;
  draft: boolean;
}

export function storyFields(file: string, text: string, key: StoryKey): StoryFields {
  const parsed = parseSourceFile(file, text, 'mdx');
  const data = parsed.data ?? {};
  const date =
    typeof data.date === 'string' ? data.date : typeof data.coverageStart === 'string' ? data.coverageStart : undefined;
  return {
    data,
    keyLines: parsed.keyLines,
    title: typeof data.title === 'string' ? data.title : key.slug,
    ...(typeof data.section === 'string' ? { section: data.section } : {}),
    ...(date ? { date } : {}),
    draft: data.draft === true,
  };
}

/** The story's address on the site, from its section and slug (as contentlayer.config.ts makes it). */
export const storyUrl = (key: StoryKey, fields: Pick<StoryFields, 'section'>) =>
  fields.section ? routes.article(fields.section, key.slug) : undefined;
