/**
 * The first line of each desk commit: a verb and what it acted on ("Save 2026/x",
 * "Publish 2026/x", "Restore 2026/x to 1a2b3c4"). The revisions page shows it as the action.
 */
import { parseSourceFile } from '../../source/frontmatter';
import { keyText, type StoryKey, storyOfFile } from '../workspace/story-key';

/** What a Keystatic save (paths relative to the workspace: content/…, public/…) is called. */
export function saveMessage(files: string[]): string {
  const stories = new Set(
    files
      .filter((file) => file.startsWith('content/'))
      .map((file) => storyOfFile(file.slice('content/'.length)))
      .filter((key): key is StoryKey => key !== undefined)
      .map(keyText),
  );
  if (stories.size === 1) return `Save ${[...stories][0] ?? ''}`;
  if (files.length > 0 && files.every((file) => file.startsWith('public/images/'))) {
    return `Upload ${describe(files.map((file) => file.slice('public/'.length)))}`;
  }
  return `Save ${describe(files)}`;
}

const describe = (files: string[]) =>
  files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;

const corrections = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const data = parseSourceFile('story.mdx', text, 'mdx').data;
  if (!data || data.draft === true) return undefined;
  return Array.isArray(data.corrections) ? data.corrections.length : 0;
};

/**
 * The verb for a release: Unpublish; Correct when a story readers could see gains a correction;
 * Schedule when it goes live later; Publish otherwise.
 */
export function releaseVerb(
  kind: 'publish' | 'unpublish',
  outcome: string,
  before: string | undefined,
  after: string | undefined,
): 'Publish' | 'Unpublish' | 'Correct' | 'Schedule' {
  if (kind === 'unpublish') return 'Unpublish';
  if (outcome === 'scheduled') return 'Schedule';
  const had = corrections(before);
  const has = corrections(after);
  return had !== undefined && has !== undefined && has > had ? 'Correct' : 'Publish';
}
