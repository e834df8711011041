/**
 * A long-lived Contentlayer for the desk (docs/decisions/041-typing-without-a-process-per-publish.md).
 *
 * Forked once by lib/publish/typing-worker.ts with its working folder, CONTENT_DIR and
 * PUBLIC_DIR fixed on one scratch folder. Each message `{ id }` means "the links in the scratch
 * folder's content folder changed: type them"; it answers `{ id, ok, documents }` or
 * `{ id, ok: false, error }` (./contentlayer-typist.mjs does the typing).
 */
import { typist } from './contentlayer-typist.mjs';

const type = await typist(process.argv[2]);

// One request at a time: the scratch folder is shared by all of them.
let queue = Promise.resolve();
process.on('message', (message) => {
  queue = queue.then(async () => {
    try {
      const documents = await type();
      process.send({ id: message.id, ok: true, documents });
    } catch (error) {
      process.send({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
// The desk went away (even killed): nothing is left to type for.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
