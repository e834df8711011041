/**
 * The addresses a WordPress post answered at, for the redirects: the link the export gives,
 * the common permalink structures (/%year%/%monthnum%/%day%/%postname%/ and /%postname%/)
 * and the one every WordPress site answers whatever its structure (/?p=<id>, /?page_id=<id>
 * for pages). Paths keep WordPress's trailing slash and its percent-encoding, as links in the
 * wild carry them.
 */
import { tagSlug } from '../../../lib/routes';
import type { WxrItem } from './wxr-reader';

export function oldAddressesOf(item: WxrItem, siteLink: string): string[] {
  const found = new Set<string>();
  try {
    const url = new URL(item.link, siteLink || 'https://wordpress.invalid');
    const id = url.searchParams.get('p') ?? url.searchParams.get('page_id');
    if (id) found.add(`/?${url.searchParams.has('p') ? 'p' : 'page_id'}=${id}`);
    else if (url.pathname !== '/') found.add(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
  } catch {
    // A post without a usable link still has the addresses below.
  }
  const name = item.slug.trim();
  if (item.type === 'page') {
    found.add(`/?page_id=${item.id}`);
    if (name) found.add(`/${name}/`);
    return [...found].map(encodedPath);
  }
  found.add(`/?p=${item.id}`);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.postDate);
  if (name && date && date[1] !== '0000') {
    found.add(`/${date[1]}/${date[2]}/${date[3]}/${name}/`);
    found.add(`/${name}/`);
  }
  return [...found].map(encodedPath);
}

/** /category/<x>/, /tag/<x>/, /author/<x>/ and the feeds, for the lists that exist on the new site. */
export function siteWideAddresses(used: {
  /** WordPress category slug → section slug */
  categories: Map<string, string>;
  /** WordPress tag slug → tag name */
  tags: Map<string, string>;
  /** WordPress login → author slug */
  authors: Map<string, string>;
}): Record<string, string> {
  const redirects: Record<string, string> = { '/feed/': '/feed.xml', '/?feed=rss2': '/feed.xml' };
  for (const [category, section] of used.categories) {
    redirects[`/category/${category}/`] = `/${section}`;
    redirects[`/category/${category}/feed/`] = `/${section}/feed.xml`;
  }
  for (const [tag, name] of used.tags) redirects[`/tag/${tag}/`] = `/tag/${tagSlug(name)}`;
  // WordPress's author archive names the author by a lowercase form of the login (user_nicename).
  for (const [login, slug] of used.authors)
    redirects[`/author/${login.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}/`] = `/author/${slug}`;
  // Written as a client sends them: anything outside a URL's characters percent-encoded.
  return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [encodedPath(from), to]));
}

/** A path as it arrives in a request: characters such as > or a space percent-encoded, existing escapes kept. */
function encodedPath(address: string): string {
  return address.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu, (character) => encodeURIComponent(character));
}
