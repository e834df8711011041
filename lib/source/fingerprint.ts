/**
 * The one fingerprint of the build: sha256, base64url. Every cache key and change check that
 * asks "is this the same content as before?" (compiled bodies, body checks, the publish
 * manifest, the store's version, Contentlayer's inputs) hashes with it, so they agree on
 * format and none grows its own variant.
 */
import { createHash } from 'node:crypto';

/** Fingerprint of a text or of a file's bytes. */
export const fingerprint = (content: string | Uint8Array): string =>
  createHash('sha256').update(content).digest('base64url');

/**
 * Fingerprint of several named parts (files of a tree, settings): each part is hashed on its
 * own first, so no way of splitting the same bytes differently between names gives the same result.
 */
export const fingerprintOf = (parts: readonly (readonly [name: string, content: string | Uint8Array])[]): string =>
  fingerprint(parts.map(([name, content]) => `${name}:${fingerprint(content)}`).join('\n'));
