/**
 * The components an editor may write in a body: the one list that the content check
 * (lib/validation/check-body.ts), the renderer (components/mdx/MdxBody.tsx), the browser editor
 * (lib/editor/story-components.tsx) and the editors' reference (npm run docs) all read.
 * Adding a component here without its renderer or its editor form fails the type check
 * (the renderer's map `satisfies` these names) and lib/mdx/body-components.test.ts.
 */
import { EMBED_PROVIDERS } from './embed-providers';

export interface BodyComponent {
  /** Props the check refuses the component without. */
  required: readonly string[];
  /** How it is written, printed in messages and the reference. */
  example: string;
  /** What it is for, in the editors' reference (docs/EDITING.md). */
  use: string;
}

/** The site's own components; embeds are generated from their providers below. */
export const HOUSE_COMPONENTS = {
  AlsoRead: {
    required: ['slug'],
    example: '<AlsoRead slug="other-story-slug" />',
    use: 'An "ALSO READ: <headline>" callout linking to another published story, named by its slug (its file name without .mdx).',
  },
  Figure: {
    required: ['src', 'alt'],
    example: '<Figure src="/images/articles/x.jpg" alt="What it shows" caption="…" credit="…" />',
    use: 'A picture inside the story, with alt text, and optionally a caption and a credit. The file lives under public/.',
  },
  // On lines of its own: the browser editor (lib/editor) cannot open a one-line pull quote.
  PullQuote: {
    required: [],
    example: '<PullQuote cite="Name, role">\n  The quoted words.\n</PullQuote>',
    use: 'A quotation set large, with who said it in `cite`.',
  },
  FactBox: {
    required: ['title'],
    example: '<FactBox title="Key facts">\n\n- A fact\n\n</FactBox>',
    use: 'A boxed list of key facts with a title; leave blank lines around the list inside it.',
  },
  Gallery: {
    required: ['title'],
    example:
      '<Gallery title="What the pictures show">\n  <Photo src="/images/galleries/x-1.jpg" alt="…" caption="…" credit="…" />\n  <Photo src="/images/galleries/x-2.jpg" alt="…" />\n</Gallery>',
    use: 'A set of pictures shown as a grid; each opens large in a viewer readers can page through (arrows, swipe). Holds only `<Photo>` lines, at least two.',
  },
  Photo: {
    required: ['src', 'alt'],
    example: '<Photo src="/images/galleries/x-1.jpg" alt="What it shows" caption="…" credit="…" /> inside <Gallery>',
    use: 'One picture of a `<Gallery>`, with alt text, and optionally a caption and a credit. The file lives under public/.',
  },
} as const satisfies Record<string, BodyComponent>;

export type HouseComponentName = keyof typeof HOUSE_COMPONENTS;

/** Every component a body may use, by name: the house components, then one per embed provider. */
export const BODY_COMPONENTS: Readonly<Record<string, BodyComponent>> = {
  ...HOUSE_COMPONENTS,
  ...Object.fromEntries(
    Object.entries(EMBED_PROVIDERS).map(([name, provider]) => [
      name,
      { required: [provider.attribute, 'title'], example: provider.example, use: provider.use },
    ]),
  ),
};

export const BODY_COMPONENT_NAMES = Object.keys(BODY_COMPONENTS);
