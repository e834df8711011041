// @ts-check
/**
 * Next.js 16 answers a path whose percent-encoding does not decode (a lone "%", "%zz", bytes
 * that are not UTF-8 such as "%FF" or "%C0%AE") with a 500: it wants to render a /400 error
 * page that an app-router-only site does not have. next.config.js rewrites such paths to a
 * path that cannot exist, so they get the site's ordinary 404 page instead.
 */

const HEX = '[0-9A-Fa-f]';
/** A UTF-8 continuation byte, 80–BF. */
const CONT = `%[89ABab]${HEX}`;

/** One character of a path that decodeURIComponent accepts (RFC 3629 UTF-8, no surrogates). */
const VALID_UNIT = [
  '[^%]',
  `%[0-7]${HEX}`,
  `%[Cc][2-9A-Fa-f]${CONT}`,
  `%[Dd]${HEX}${CONT}`,
  `%[Ee]0%[ABab]${HEX}${CONT}`,
  `%[Ee][1-9A-Ca-cEeFf]${CONT}${CONT}`,
  `%[Ee][Dd]%[89]${HEX}${CONT}`,
  `%[Ff]0%[9ABab]${HEX}${CONT}${CONT}`,
  `%[Ff][1-3]${CONT}${CONT}${CONT}`,
  `%[Ff]4%8${HEX}${CONT}${CONT}`,
].join('|');

/**
 * A path-to-regexp parameter pattern (no capturing groups) matching the rest of a path after
 * its first "/" when that rest does not decode.
 */
export const MALFORMED_PATH_PATTERN = `(?!(?:${VALID_UNIT})*$).*`;

/** Where malformed paths are rewritten: page slugs never start with "_", so this is always a 404. */
export const MALFORMED_PATH_DESTINATION = '/_malformed-url';
