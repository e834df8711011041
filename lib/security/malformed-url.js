// @ts-check
/**
 * Paths Next.js 16 answers with a 500 (found by `npm run bench:serve`):
 * - percent-encoding that does not decode (a lone "%", "%zz", bytes that are not UTF-8 such as
 *   "%FF" or "%C0%AE"): Next wants to render a /400 page an app-router-only site does not have;
 * - a letter, digit or "-._~" written percent-encoded ("/t%61g" for "/tag"): Next's static
 *   routes loop until "Attempted to handle request too many times". No link or browser writes
 *   these; RFC 3986 says they should never be encoded.
 * next.config.js rewrites such paths to a path that cannot exist, so they get the 404 page.
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

/** An unreserved character (RFC 3986: letters, digits, "-", ".", "_", "~") percent-encoded. */
const ENCODED_UNRESERVED = '%(?:3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|2[DdEe]|5[Ff]|7[Ee])';

/**
 * A path-to-regexp parameter pattern (no capturing groups) matching the rest of a path after
 * its first "/" when that rest does not decode or encodes an unreserved character.
 */
export const MALFORMED_PATH_PATTERN = `(?:(?!(?:${VALID_UNIT})*$).*|.*${ENCODED_UNRESERVED}.*)`;

/** Where malformed paths are rewritten: page slugs never start with "_", so this is always a 404. */
export const MALFORMED_PATH_DESTINATION = '/_malformed-url';
