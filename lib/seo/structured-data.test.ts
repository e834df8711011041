import { describe, expect, it } from 'vitest';

import { breadcrumbList, profilePage, webSite } from './structured-data';

const abs = (path: string) => `http://localhost:3000${path}`;

describe('structured data', () => {
  it('describes an author page as a ProfilePage whose main entity is the person', () => {
    const page = profilePage({
      slug: 'hannah-okafor',
      name: 'Hannah Okafor',
      role: 'Political Editor',
      url: '/author/hannah-okafor',
      bio: 'Covers Westminster.',
      links: [{ href: 'mailto:hannah@dateline.example' }, { href: 'https://social.example/@hannah' }],
    });
    expect(page).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: abs('/author/hannah-okafor'),
      mainEntity: {
        '@type': 'Person',
        name: 'Hannah Okafor',
        jobTitle: 'Political Editor',
        url: abs('/author/hannah-okafor'),
        description: 'Covers Westminster.',
        // Only web profiles: an email address is not a "same as" identity.
        sameAs: ['https://social.example/@hannah'],
      },
    });
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    expect(
      breadcrumbList([
        { label: 'Home', href: '/' },
        { label: 'World', href: '/world' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: abs('/') },
      { '@type': 'ListItem', position: 2, name: 'World', item: abs('/world') },
    ]);
  });

  it('gives the home page a SearchAction whose template is the search URL', () => {
    expect(webSite()).toMatchObject({
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: abs('/search?q={search_term_string}') },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});
