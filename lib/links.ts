import { site } from './site';

/** What every link that leaves the site carries: no window.opener, no Referer for the other site. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** Whether a link leaves the site: an absolute or protocol-relative http(s) address on another origin. */
export function isExternalHref(href: string | undefined): boolean {
  if (!href || !/^(?:https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, site.url).origin !== new URL(site.url).origin;
  } catch {
    // Not a URL a browser could follow either; treat it as leaving, the safer reading.
    return true;
  }
}
