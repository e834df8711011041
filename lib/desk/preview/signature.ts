/**
 * The address of a preview link, `/preview/<id>.<expires>.<signature>` (docs/decisions/048-preview-links.md):
 *
 *   id         16 random bytes in lower-case hex (32 characters): the link's row in desk_preview_links
 *              (lower case, because the desk's own addresses, such as a link's Revoke, are);
 *   expires    when it stops working, in whole seconds since 1970 (UTC);
 *   signature  HMAC-SHA256 over "<id>.<expires>", base64url (43 characters).
 *
 * The HMAC key is derived from DESK_SECRET with HKDF under a label of its own, so the secret that
 * signs session cookies is never used raw here, and a signature made for one purpose is worth
 * nothing for another. Everything in the address is hostile: it is parsed by one strict pattern,
 * and the signature is checked in constant time before anything else reads the id or the expiry,
 * so a forged or altered address never reaches the database.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where preview links live on the desk; the one address under it a stranger may open. */
export const PREVIEW_PREFIX = '/preview/';

/** HKDF's `info`: what the derived key is for. A new purpose gets a new label, never this key. */
const PURPOSE = 'dateline desk: preview link signatures v1';

export interface PreviewToken {
  id: string;
  /** Seconds since 1970 (UTC). */
  expires: number;
  signature: string;
}

const ID = /^[0-9a-f]{32}$/;
const ADDRESS = /^\/preview\/([0-9a-f]{32})\.([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;

/** The HMAC key for preview links, derived once from the desk's secret. */
export function previewKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), PURPOSE, 32));
}

export const newPreviewId = () => randomBytes(16).toString('hex');

export function signPreview(key: Buffer, id: string, expires: number): string {
  if (!ID.test(id)) throw new Error(`a preview link id is 32 lower-case hex characters, not "${id.slice(0, 30)}"`);
  if (!Number.isSafeInteger(expires) || expires <= 0)
    throw new Error(`a preview link expiry is whole seconds, not ${expires}`);
  return createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url');
}

/** The link's path on the desk. */
export function previewPath(key: Buffer, id: string, expires: number): string {
  return `${PREVIEW_PREFIX}${id}.${expires}.${signPreview(key, id, expires)}`;
}

/** The id, expiry and signature of a path, if it has exactly the shape of a preview address. */
export function parsePreviewPath(path: string): PreviewToken | undefined {
  const match = ADDRESS.exec(path);
  if (!match) return undefined;
  const [, id = '', expires = '', signature = ''] = match;
  return { id, expires: Number(expires), signature };
}

/** Whether the signature is the desk's own for this id and expiry (constant-time comparison). */
export function signatureHolds(key: Buffer, token: PreviewToken): boolean {
  // The characters, not the decoded bytes: base64url has several spellings of the same last byte,
  // and only the desk's own spelling is its link.
  const expected = Buffer.from(signPreview(key, token.id, token.expires), 'utf8');
  const given = Buffer.from(token.signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
