import type { Metadata } from 'next';

import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Main } from '@/components/layout/Main';
import Link from '@/components/link/Link.client';
import { corrections } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export const metadata: Metadata = frontMetadata({
  title: 'Corrections',
  description: `Every correction ${site.name} has made to a published story, newest first.`,
  path: routes.corrections(),
});

/** The corrections log: newest first, each with the story it corrects. */
export default async function CorrectionsPage() {
  const log = await corrections();
  return (
    <Main>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: routes.home() },
          { label: 'Corrections', href: routes.corrections() },
        ]}
      />
      <h1 className="mt-4 font-serif text-4xl font-bold">Corrections</h1>
      <p className="mt-2 text-lg text-muted">
        When we get something wrong we say so on the story and list it here, newest first. Read our{' '}
        <Link href={routes.page('corrections-policy')} className="text-link underline underline-offset-2">
          corrections policy
        </Link>
        .
      </p>
      {log.length === 0 ? (
        <p className="mt-8">No corrections so far.</p>
      ) : (
        <ol className="mt-8 divide-y divide-rule" aria-label="Corrections, newest first">
          {log.map((entry) => (
            <li key={`${entry.story.slug}-${entry.date}-${entry.text}`} className="py-4" data-testid="correction">
              <p className="font-sans text-sm text-muted">
                <time dateTime={entry.date} className="font-semibold">
                  {formatDate(entry.date)}
                </time>{' '}
                · {entry.story.sectionTitle}
              </p>
              <Link
                href={`${entry.story.url}#corrections`}
                className="headline-link mt-1 block font-serif text-lg leading-snug font-semibold text-ink"
              >
                {entry.story.title}
              </Link>
              <p className="mt-1">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
    </Main>
  );
}
