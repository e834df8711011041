/**
 * The third parties a story may embed, one entry per MDX component: how an editor names the
 * item (a video id or a post's address), how that is checked, the frame the reader's click
 * loads, and the plain link every reader (and a reader without JavaScript) gets instead.
 * Used by the content check (lib/validation/check-body.ts) and the embed components
 * (components/mdx/Embed.tsx). The page's Content-Security-Policy allows a provider's frame
 * origin only on pages that carry its placeholder (lib/security/embed-frames.js).
 */

export type EmbedKind = 'video' | 'post';

export interface EmbedTarget {
  /** Where the reader's click points the frame. */
  frame: string;
  /** The frame's sandbox: what the provider's player or post needs, and nothing else (FRAME_SANDBOX). */
  sandbox: string;
  /** The item on the provider's own site: the link shown before and after loading. */
  link: string;
}

export interface EmbedProblem {
  problem: string;
  fix?: string;
}

export interface EmbedProvider {
  /** The provider's name as readers know it. */
  name: string;
  kind: EmbedKind;
  /** The attribute that names the item: "id" for videos, "url" for posts. */
  attribute: 'id' | 'url';
  /** How the component is written, for messages. */
  example: string;
  /** What it is for, in the editors' reference (docs/EDITING.md). */
  use: string;
  /** The frame and the link for a valid value, or the reason it is not one (and a fix, when one can be told). */
  resolve: (value: string) => Omit<EmbedTarget, 'sandbox'> | EmbedProblem;
}

/**
 * What a provider's frame may do, by kind (the iframe's `sandbox`). Every provider's player or
 * post runs its own script on its own origin (allow-scripts, allow-same-origin: a cross-origin
 * frame gains no access to the story's page by it) and opens the original in a new tab
 * (allow-popups, and allow-popups-to-escape-sandbox so that tab is an ordinary page). A video
 * also goes full screen (allow-presentation; fullscreen itself is in the frame's `allow`). Never
 * allowed: navigating the story's page (allow-top-navigation), forms, downloads, modals.
 */
export const FRAME_SANDBOX: Record<EmbedKind, string> = {
  video: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation',
  post: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,11}$/;

/** A URL an editor pasted, or undefined when the text is not an absolute http(s) address. */
function parseUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

const notAnAddress = (value: string) => `"${value}" is not a web address (it must start with https://)`;

/** The id an editor may have pasted as a whole video address, so the message can name it. */
function youtubeIdIn(value: string): string | undefined {
  const url = parseUrl(value);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(www|m)\./, '');
  if (host === 'youtu.be') return url.pathname.slice(1);
  if (host === 'youtube.com' || host === 'youtube-nocookie.com')
    return url.searchParams.get('v') ?? url.pathname.split('/').pop();
  return undefined;
}

function hostIs(url: URL, hosts: string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

export const EMBED_PROVIDERS: Record<string, EmbedProvider> = {
  YouTube: {
    name: 'YouTube',
    kind: 'video',
    attribute: 'id',
    example: '<YouTube id="aqz-KE-bpKQ" title="What the video shows" />',
    use: 'A YouTube video, named by its id (the 11 characters after `v=`). Readers see a placeholder and a link; the video loads from youtube-nocookie.com only when they click.',
    resolve(id) {
      if (YOUTUBE_ID.test(id)) {
        // youtube-nocookie.com: YouTube's own privacy-enhanced player, which sets no cookie until playback.
        return {
          frame: `https://www.youtube-nocookie.com/embed/${id}`,
          link: `https://www.youtube.com/watch?v=${id}`,
        };
      }
      const pasted = youtubeIdIn(id);
      if (pasted && YOUTUBE_ID.test(pasted))
        return { problem: `id "${id}" is a whole address, not a video id`, fix: `write id="${pasted}"` };
      return {
        problem: `id "${id}" is not a YouTube video id (11 letters, digits, - or _, as after "v=" in the video's address)`,
      };
    },
  },
  Vimeo: {
    name: 'Vimeo',
    kind: 'video',
    attribute: 'id',
    example: '<Vimeo id="76979871" title="What the video shows" />',
    use: 'A Vimeo video, named by its id (the digits in its address); loads only when the reader clicks.',
    resolve(id) {
      if (VIMEO_ID.test(id)) {
        // dnt=1: the player sets no tracking cookie and sends no session data.
        return { frame: `https://player.vimeo.com/video/${id}?dnt=1`, link: `https://vimeo.com/${id}` };
      }
      const pasted = parseUrl(id)
        ?.pathname.split('/')
        .find((part) => VIMEO_ID.test(part));
      return {
        problem: pasted
          ? `id "${id}" is a whole address, not a video id — write id="${pasted}"`
          : `id "${id}" is not a Vimeo video id (the 6 to 11 digits at the end of the video's address)`,
      };
    },
  },
  XPost: {
    name: 'X',
    kind: 'post',
    attribute: 'url',
    example: '<XPost url="https://x.com/user/status/1234567890123456789" title="What the post says" />',
    use: 'A post on X (Twitter), by its address; loads only when the reader clicks.',
    resolve(value) {
      const url = parseUrl(value);
      if (!url) return { problem: notAnAddress(value) };
      if (!hostIs(url, ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']))
        return { problem: `url "${value}" is not on x.com or twitter.com` };
      const match = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,20})\/?$/.exec(url.pathname);
      if (!match) return { problem: `url "${value}" is not the address of one post (…/<user>/status/<number>)` };
      const [, user, id] = match;
      return {
        frame: `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
        link: `https://x.com/${user}/status/${id}`,
      };
    },
  },
  BlueskyPost: {
    name: 'Bluesky',
    kind: 'post',
    attribute: 'url',
    example:
      '<BlueskyPost url="https://bsky.app/profile/name.bsky.social/post/3kabc2defgh2x" title="What the post says" />',
    use: 'A Bluesky post, by its address on bsky.app; loads only when the reader clicks.',
    resolve(value) {
      const url = parseUrl(value);
      if (!url) return { problem: notAnAddress(value) };
      if (!hostIs(url, ['bsky.app'])) return { problem: `url "${value}" is not on bsky.app` };
      // The profile is a handle (name.bsky.social) or a DID (did:plc:…); the post key is a TID.
      const match =
        /^\/profile\/((?:did:[a-z]+:[A-Za-z0-9._:%-]+)|(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))\/post\/([a-z2-7]{13})\/?$/.exec(
          url.pathname,
        );
      if (!match) return { problem: `url "${value}" is not the address of one post (…/profile/<name>/post/<key>)` };
      const [, actor, key] = match;
      return {
        frame: `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${key}`,
        link: `https://bsky.app/profile/${actor}/post/${key}`,
      };
    },
  },
  MastodonPost: {
    name: 'Mastodon',
    kind: 'post',
    attribute: 'url',
    example: '<MastodonPost url="https://mastodon.social/@name/112233445566778899" title="What the post says" />',
    use: 'A Mastodon post, by its address on its server; loads only when the reader clicks.',
    resolve(value) {
      const url = parseUrl(value);
      if (!url) return { problem: notAnAddress(value) };
      if (url.protocol !== 'https:') return { problem: `url "${value}" must start with https://` };
      // Any server may run Mastodon, so the host is only checked to be a plain domain name.
      if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(url.hostname) || url.port)
        return { problem: `url "${value}" does not name a Mastodon server by its domain` };
      const match = /^\/@([A-Za-z0-9_]{1,30})\/(\d{1,20})\/?$/.exec(url.pathname);
      if (!match)
        return { problem: `url "${value}" is not the address of one post (https://<server>/@<name>/<number>)` };
      const [, user, id] = match;
      return { frame: `${url.origin}/@${user}/${id}/embed`, link: `${url.origin}/@${user}/${id}` };
    },
  },
  InstagramPost: {
    name: 'Instagram',
    kind: 'post',
    attribute: 'url',
    example: '<InstagramPost url="https://www.instagram.com/p/C1a2B3c4D5e/" title="What the post shows" />',
    use: 'An Instagram post or reel, by its address; loads only when the reader clicks.',
    resolve(value) {
      const url = parseUrl(value);
      if (!url) return { problem: notAnAddress(value) };
      if (!hostIs(url, ['instagram.com', 'www.instagram.com']))
        return { problem: `url "${value}" is not on instagram.com` };
      const match = /^\/(p|reel)\/([A-Za-z0-9_-]{5,40})\/?$/.exec(url.pathname);
      if (!match) return { problem: `url "${value}" is not the address of one post (…/p/<code>/ or …/reel/<code>/)` };
      const [, type, code] = match;
      return {
        frame: `https://www.instagram.com/${type}/${code}/embed/`,
        link: `https://www.instagram.com/${type}/${code}/`,
      };
    },
  },
};

export const EMBED_COMPONENTS = Object.keys(EMBED_PROVIDERS);

/** The frame and link for a component's value; throws the content check's reason for a bad one. */
export function embedTarget(component: string, value: string): EmbedTarget {
  const provider = EMBED_PROVIDERS[component];
  if (!provider) throw new Error(`<${component}> is not an embed component`);
  const target = provider.resolve(value.trim());
  if ('problem' in target) throw new Error(`<${component}> ${target.problem} — run npm run check:content`);
  return { ...target, sandbox: FRAME_SANDBOX[provider.kind] };
}

/** The origin the page's frame-src must allow for this target. */
export const frameOrigin = (target: EmbedTarget) => new URL(target.frame).origin;
