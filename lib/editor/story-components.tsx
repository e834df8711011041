/**
 * The story components (lib/validation/check-body.ts BODY_COMPONENTS) as forms in the editor's
 * body field. Every component the check allows needs an entry here: the schema test fails
 * otherwise, so a component added to the site cannot be missing from the editor.
 */
import { fields } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';

/** A story an ALSO READ can point at: its slug and headline. */
export interface StoryChoice {
  slug: string;
  title: string;
}

/** A list of the existing stories; a text box where there are none yet (Keystatic's select needs a default). */
function alsoReadChoice(stories: readonly StoryChoice[]) {
  const [first] = stories;
  const label = 'Story';
  const description = 'The story to point readers to.';
  if (!first) return fields.text({ label, description: `${description} Its slug.`, validation: { isRequired: true } });
  return fields.select({
    label,
    description,
    options: stories.map((story) => ({ label: `${story.title} (${story.slug})`, value: story.slug })),
    defaultValue: first.slug,
  });
}

export function storyComponents(stories: readonly StoryChoice[]) {
  return {
    AlsoRead: block({
      label: 'ALSO READ',
      description: 'A link to another story, printed as "ALSO READ: <its headline>".',
      schema: {
        slug: alsoReadChoice(stories),
      },
    }),
    Figure: block({
      label: 'Figure',
      description: 'A picture inside the story, with its caption and credit.',
      schema: {
        // A path, not an upload: Keystatic files uploads under <folder>/<yyyy>/<slug>/ and reads a
        // picture back only from there, so the existing /images/articles/<name>.jpg paths would
        // come back empty and be dropped on save (docs/decisions/031-keystatic-editor.md).
        src: fields.text({
          label: 'Picture',
          description: 'Path of the picture under public/, e.g. /images/articles/harbour-crane-2.jpg.',
          validation: { isRequired: true },
        }),
        alt: fields.text({
          label: 'Alt text',
          description: 'What the picture shows, for readers who cannot see it.',
          validation: { isRequired: true },
        }),
        caption: fields.text({ label: 'Caption', description: 'Printed under the picture.' }),
        credit: fields.text({ label: 'Credit', description: 'Who made the picture, e.g. "Photo: Jane Doe".' }),
      },
    }),
    PullQuote: wrapper({
      label: 'Pull quote',
      description: 'A quotation set apart from the text.',
      schema: {
        cite: fields.text({ label: 'Who said it', description: 'Name and role, e.g. "Jane Doe, council leader".' }),
      },
    }),
    FactBox: wrapper({
      label: 'Fact box',
      description: 'A boxed list of key facts.',
      schema: {
        title: fields.text({ label: 'Title', description: 'e.g. "Key facts".', validation: { isRequired: true } }),
      },
    }),
  };
}
