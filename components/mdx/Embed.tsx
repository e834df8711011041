import { EMBED_PROVIDERS, embedTarget, frameOrigin } from '@/lib/mdx/embed-providers';

interface Props {
  /** The MDX component the editor wrote: YouTube, Vimeo, XPost, BlueskyPost, MastodonPost or InstagramPost. */
  component: string;
  /** Its id="…" (videos) or url="…" (posts), checked by the content check. */
  value: string;
  title: string;
}

/** The script that loads a frame on the reader's click (public/js/embeds.js); only pages with an embed load it. */
export const EMBED_SCRIPT = '/js/embeds.js';

/**
 * A video or social post that loads nothing from its provider until the reader asks. The HTML
 * holds a placeholder (what it is, whose it is) and a plain link to the original, which is all
 * a reader without JavaScript, a feed reader or a search engine gets. data-embed-origin tells
 * the server to allow this provider's frame in this page's Content-Security-Policy
 * (lib/security/embed-frames.js); pages without an embed allow no frame at all.
 */
export function Embed({ component, value, title }: Props) {
  const provider = EMBED_PROVIDERS[component];
  if (!provider) throw new Error(`<${component}> is not an embed component`);
  const target = embedTarget(component, value);
  const isVideo = provider.kind === 'video';
  return (
    <figure className="not-prose my-8 font-sans" data-embed-origin={frameOrigin(target)}>
      {/* React puts this in <head> once per page, however many embeds there are. */}
      <script async src={EMBED_SCRIPT} />
      <div data-embed-box="" className={isVideo ? 'embed-box embed-box-video' : 'embed-box embed-box-post'}>
        <div
          data-embed-placeholder=""
          className="flex h-full w-full flex-col items-start justify-end gap-3 rounded border border-rule bg-wash p-5 text-ink"
        >
          <div>
            <p className="text-xs font-bold tracking-wide uppercase">
              {isVideo ? 'Video' : 'Post'} · {provider.name}
            </p>
            <p className="mt-1 font-serif text-lg leading-snug font-semibold">{title}</p>
          </div>
          <button
            type="button"
            data-embed-load=""
            data-frame={target.frame}
            data-frame-title={`${title} (${provider.name})`}
            data-frame-sandbox={target.sandbox}
            className="embed-load items-center rounded bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent-dark"
          >
            Load {isVideo ? 'video' : 'post'} ({provider.name} may set cookies)
          </button>
        </div>
        {/* Where embeds.js puts the frame. Its inner HTML is not React's to hydrate, so a frame
            added before hydration finishes is not taken for a mismatch and thrown away. */}
        <div data-embed-slot="" className="contents" dangerouslySetInnerHTML={{ __html: '' }} />
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        <a href={target.link} rel="noopener noreferrer" className="text-link underline">
          {isVideo ? 'Watch' : 'View'} on {provider.name}
        </a>
        <span className="sr-only">: {title}</span>
      </figcaption>
    </figure>
  );
}
