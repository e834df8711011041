/**
 * Which paths name a file Next serves as it is (files in public/, Next's build assets), derived
 * from the route manifest, and which spellings of such a path are refused before anyone looks
 * for the file. Pure, so proxy.ts and the tests share it; lib/route-guard/current.ts adds the
 * look at the disk.
 */
import { FILE_FOLDERS, PUBLIC_ROOT_FILES } from '../route-manifest';

const FOLDERS = new Set<string>(FILE_FOLDERS);
const ROOT_FILES = new Set<string>(PUBLIC_ROOT_FILES);

/** /images/…, /js/…, /pagefind/…, /_next/…, /favicon.ico: served from disk, never rendered. */
export function isStaticFilePath(pathname: string): boolean {
  const [first = '', ...rest] = pathname.split('/').slice(1);
  return (FOLDERS.has(first) && rest.length > 0) || (ROOT_FILES.has(first) && rest.length === 0);
}

/**
 * The file path a request names, decoded, when it is spelled the one way Next serves it; null
 * for anything else. Refused: an encoded slash or backslash (%2F, %5C), a backslash, NUL, a path
 * that does not decode, and one that normalisation would change (empty, "." or ".." segments).
 * Next looks such a path up as a file once, misses, and hands it to the routes, which render
 * (and cache) a 404 for it; the guard answers it instead.
 */
export function canonicalFilePath(pathname: string): string | null {
  if (/%2f|%5c|\\/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  return decoded;
}
