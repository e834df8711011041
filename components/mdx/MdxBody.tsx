import { runSync } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';

import type { ArticleSummary } from '@/lib/content/types';
import type { HouseComponentName } from '@/lib/mdx/body-components';
import { EMBED_PROVIDERS } from '@/lib/mdx/embed-providers';

import { AlsoReadCallout } from './AlsoReadCallout';
import { Embed } from './Embed';
import { FactBox } from './FactBox';
import { Figure } from './Figure';
import { Gallery, Photo } from './Gallery';
import { MdxLink } from './MdxLink';
import { PullQuote } from './PullQuote';

interface Props {
  /** A body compiled by lib/mdx/compile.ts (a function body that takes the JSX runtime). */
  code: string;
  /** Targets of the body's <AlsoRead> callouts, resolved by the route. */
  alsoRead?: Record<string, ArticleSummary>;
  /** Opening words of the first paragraph, e.g. "SEOUL (Meridian Press) —". */
  dateline?: string;
}

/** One placeholder component per embed provider, built once. */
const embedComponents: MDXComponents = Object.fromEntries(
  Object.entries(EMBED_PROVIDERS).map(([name, provider]) => [
    name,
    (props: Record<string, string>) => (
      <Embed component={name} value={props[provider.attribute] ?? ''} title={props.title ?? ''} />
    ),
  ]),
);

/**
 * Renders an MDX body with the components editors may use. Everything runs on the server;
 * the callouts receive already-resolved stories, so no component looks anything up.
 */
export function MdxBody({ code, alsoRead = {}, dateline }: Props) {
  const { default: Body } = runSync(code, runtime);
  // Exactly the house components of lib/mdx/body-components.ts: a missing or extra one fails the type check.
  const house = {
    AlsoRead: ({ slug }: { slug: string }) => {
      const story = alsoRead[slug];
      // The validator refuses unknown targets, so a missing one can only be an unpublished story.
      return story ? <AlsoReadCallout story={story} /> : null;
    },
    Figure,
    PullQuote,
    FactBox,
    Gallery,
    Photo,
  } satisfies Record<HouseComponentName, unknown>;
  const components: MDXComponents = {
    ...house,
    // <YouTube id="…" title="…" />, <XPost url="…" title="…" />, …: one placeholder component for all.
    ...embedComponents,
    a: MdxLink,
    // The build inserts <Dateline /> at the start of every body's first paragraph.
    Dateline: () => (dateline ? <span className="story-dateline">{dateline} </span> : null),
  };
  return (
    <div className="prose prose-lg max-w-none font-serif prose-headings:font-sans prose-a:text-link">
      <Body components={components} />
    </div>
  );
}
