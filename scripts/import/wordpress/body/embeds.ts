/**
 * Which of the site's embed components (lib/mdx/embed-providers.ts) an address stands for:
 * the address of a post or video as WordPress's auto-embed and embed blocks hold it, or the
 * src of an iframe pasted from a provider's "embed" button. The value is checked with the
 * provider's own rule, the one the content check applies, so an accepted embed passes it.
 */
import { EMBED_PROVIDERS } from '../../../../lib/mdx/embed-providers';

export interface EmbedUse {
  component: string;
  attribute: 'id' | 'url';
  value: string;
  /** The provider's name, for a title when the export gives none. */
  provider: string;
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text.trim().replace(/^\/\//, 'https://'));
  } catch {
    return undefined;
  }
}

const host = (url: URL) => url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');

/** The component and value an address names, before the provider's check. */
function candidate(url: URL): { component: string; value: string } | undefined {
  const where = host(url);
  const parts = url.pathname.split('/').filter(Boolean);
  if (where === 'youtube.com' || where === 'youtube-nocookie.com') {
    const id =
      url.searchParams.get('v') ?? (['embed', 'shorts', 'v', 'live'].includes(parts[0] ?? '') ? parts[1] : undefined);
    return id ? { component: 'YouTube', value: id } : undefined;
  }
  if (where === 'youtu.be') return parts[0] ? { component: 'YouTube', value: parts[0] } : undefined;
  if (where === 'vimeo.com' || where === 'player.vimeo.com') {
    const id = [...parts].reverse().find((part) => /^\d{6,11}$/.test(part));
    return id ? { component: 'Vimeo', value: id } : undefined;
  }
  if (where === 'twitter.com' || where === 'x.com') {
    const status = parts.indexOf('status');
    const user = parts[status - 1];
    const id = parts[status + 1];
    return status > 0 && user && id ? { component: 'XPost', value: `https://x.com/${user}/status/${id}` } : undefined;
  }
  if (where === 'platform.twitter.com') {
    // The frame of X's embed button carries only the post's number; x.com/i/status/<n> opens it.
    const id = url.searchParams.get('id');
    return id ? { component: 'XPost', value: `https://x.com/i/status/${id}` } : undefined;
  }
  if (where === 'instagram.com') {
    const kind = parts[0];
    return (kind === 'p' || kind === 'reel') && parts[1]
      ? { component: 'InstagramPost', value: `https://www.instagram.com/${kind}/${parts[1]}/` }
      : undefined;
  }
  if (where === 'bsky.app') return { component: 'BlueskyPost', value: `https://bsky.app${url.pathname}` };
  if (where === 'embed.bsky.app') {
    // /embed/<did>/app.bsky.feed.post/<key>
    const [, actor, collection, key] = parts;
    return actor && collection === 'app.bsky.feed.post' && key
      ? { component: 'BlueskyPost', value: `https://bsky.app/profile/${actor}/post/${key}` }
      : undefined;
  }
  // Any server may run Mastodon: /@user/<number>, optionally /embed.
  const mastodon = /^\/@([A-Za-z0-9_]{1,30})\/(\d{1,20})(?:\/embed)?\/?$/.exec(url.pathname);
  if (mastodon && url.protocol === 'https:')
    return { component: 'MastodonPost', value: `${url.origin}/@${mastodon[1]}/${mastodon[2]}` };
  return undefined;
}

/** The embed an address (or an iframe's src) stands for, when the site can carry it. */
export function embedFor(address: string): EmbedUse | undefined {
  const url = parse(address);
  if (!url || !/^https?:$/.test(url.protocol)) return undefined;
  const found = candidate(url);
  if (!found) return undefined;
  const provider = EMBED_PROVIDERS[found.component];
  if (!provider) return undefined;
  const checked = provider.resolve(found.value);
  if ('problem' in checked) return undefined;
  return { component: found.component, attribute: provider.attribute, value: found.value, provider: provider.name };
}
