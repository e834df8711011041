/**
 * The story components (lib/mdx/body-components.ts) as forms in the editor's
 * body field. Every component the check allows needs an entry here: the schema test fails
 * otherwise, so a component added to the site cannot be missing from the editor.
 */
import { fields } from '@keystatic/core';
import { block, repeating, wrapper } from '@keystatic/core/content-components';

import { EMBED_PROVIDERS } from '../mdx/embed-providers';
import { pictureField } from './picture-field';

/** A story an ALSO READ can point at: its slug and headline. */
export interface StoryChoice {
  slug: string;
  title: string;
}

/** A picture's path and alt text, both required (Figure and a gallery's Photo). */
const pictureFields = {
  // An upload, or the path of a picture already under public/ (./picture-field.tsx).
  src: pictureField({
    label: 'Picture',
    description: 'Upload it, or give the path of a picture already on the site.',
    required: true,
  }),
  alt: fields.text({
    label: 'Alt text',
    description: 'What the picture shows, for readers who cannot see it.',
    validation: { isRequired: true },
  }),
  caption: fields.text({ label: 'Caption', description: 'Printed under the picture.' }),
  credit: fields.text({ label: 'Credit', description: 'Who made the picture, e.g. "Photo: Jane Doe".' }),
};

/** One form per embed provider (lib/mdx/embed-providers.ts): its id or address, and a title. */
function embedForms() {
  return Object.fromEntries(
    Object.entries(EMBED_PROVIDERS).map(([name, provider]) => [
      name,
      block({
        label: `${provider.name} ${provider.kind}`,
        description: `Shown as a placeholder with a link until the reader asks to load it, e.g. ${provider.example}`,
        schema: {
          [provider.attribute]: fields.text({
            label: provider.attribute === 'id' ? 'Video id' : 'Address of the post',
            description: provider.example,
            validation: { isRequired: true },
          }),
          title: fields.text({
            label: 'Title',
            description: 'What the video or post shows, for the placeholder and for screen readers.',
            validation: { isRequired: true },
          }),
        },
      }),
    ]),
  );
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
      schema: pictureFields,
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
    Gallery: repeating({
      label: 'Gallery',
      description: 'Two or more pictures, shown as a grid that opens into a viewer.',
      children: ['Photo'],
      validation: { children: { min: 2 } },
      schema: {
        title: fields.text({
          label: 'Title',
          description: 'What the pictures show, e.g. "The clean-up in pictures".',
          validation: { isRequired: true },
        }),
      },
    }),
    Photo: block({
      label: 'Gallery picture',
      description: 'One picture of a gallery; only inside a Gallery.',
      schema: pictureFields,
    }),
    ...embedForms(),
  };
}
