/**
 * The validator's rules across files, one per module in this folder: each refuses one thing
 * and says why in its opening comment. They run in this order, so problems that share a
 * file, line and field keep the order they always had (sortProblems is stable).
 */
import type { Problem } from '../../source/problem';
import { livePostProblems } from '../live-blogs';
import type { Entry } from '../model';
import { alsoReadProblems, type Publication } from './also-read-targets';
import { authorAvatarProblems } from './author-avatars';
import { bodyPictureProblems } from './body-pictures';
import { type CheckedStory, publicationDate, type RuleContext, ruleContext, type StoryRule, text } from './context';
import { correctionsAfterPublication } from './corrections-after-publication';
import { dateMatchesFolder } from './date-matches-folder';
import { knownAuthors } from './known-authors';
import { knownSection } from './known-section';
import { leadImage } from './lead-image';
import { oneByline } from './one-byline';
import { reservedStorySlug } from './reserved-story-slug';
import { storyHasText } from './story-has-text';
import { distinctAddressableTags } from './tags';
import { topLevelSlugProblems } from './top-level-slugs';
import { duplicateStorySlugProblems } from './unique-story-slugs';
import { updatedAfterPublication } from './updated-after-publication';

/** The components a body uses: pictures that exist, ALSO READ targets readers can open. */
const bodyUseProblems = (entry: Entry, source: Publication, context: RuleContext): Problem[] => [
  ...bodyPictureProblems(entry, context),
  ...alsoReadProblems(entry, source, context),
];

const bodyUses: StoryRule = (story, context) =>
  bodyUseProblems(story, { date: publicationDate(story), draft: story.data.draft === true }, context);

/** Every story checked in full (article or live blog) goes through these, in this order. */
export const STORY_RULES: readonly StoryRule[] = [
  reservedStorySlug,
  knownSection,
  knownAuthors,
  oneByline,
  dateMatchesFolder,
  updatedAfterPublication,
  correctionsAfterPublication,
  leadImage,
  distinctAddressableTags,
  storyHasText,
  bodyUses,
];

export function crossDocumentProblems(entries: Entry[], publicDir: string, now: Date): Problem[] {
  const context = ruleContext(entries, publicDir, now);
  const checked = context.stories.filter((story): story is CheckedStory => story.data !== undefined && !story.known);
  return [
    ...topLevelSlugProblems(context),
    ...duplicateStorySlugProblems(context),
    ...authorAvatarProblems(context),
    ...checked.flatMap((story) => STORY_RULES.flatMap((rule) => rule(story, context))),
    ...livePostProblems(entries, {
      now,
      authors: context.authors,
      bodyUseProblems: (post, blog) =>
        bodyUseProblems(post, { date: text(post.data?.time), draft: blog?.data?.draft === true }, context),
    }),
  ];
}
