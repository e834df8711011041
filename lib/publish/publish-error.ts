/**
 * A publish that failed for a reason the editor can act on; `npm run publish` prints its message
 * and exits 2 (scripts/pipeline/publish.ts). A file of its own so the publish's steps in other
 * files (./pictures.ts) can throw it without importing ./publish.ts.
 */
export class PublishError extends Error {}
