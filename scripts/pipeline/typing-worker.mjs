/**
 * A long-lived Contentlayer for the desk (docs/decisions/041-typing-without-a-process-per-publish.md).
 *
 * Forked once by lib/publish/typing-worker.ts with its working folder, CONTENT_DIR and
 * PUBLIC_DIR fixed on one scratch folder. Each message `{ id }` means "the links in the scratch
 * folder's content folder changed: type them"; it answers `{ id, ok, documents }` or
 * `{ id, ok: false, error }`. The config is compiled and loaded once, for the first request;
 * later requests only run Contentlayer's generation, whose cache in the same folder skips the
 * authors, sections and pages that did not change.
 *
 * Contentlayer runs with Effect's fiber tracing off, as in ./contentlayer.mjs (decision 022).
 */
let tracing;
try {
  await import('@effect-ts/system/Effect/runtime');
  tracing = await import('@effect-ts/system/Tracing/Global');
} catch (error) {
  console.warn(`Contentlayer runs with its fiber tracing on (slower on large archives): ${error.message}`);
}
const core = await import('@contentlayer2/core');
const { DummyTracing } = await import('@contentlayer2/utils');
const { NodeFsLive } = await import('@contentlayer2/utils/node');
const { pipe, provideConsole, T } = await import('@contentlayer2/utils/effect');
tracing?.disableTracing();

const configPath = process.argv[2];
let config;

/** Runs one Contentlayer effect with the services its CLI gives it; a failure becomes a rejected promise with its message. */
function runEffect(effect) {
  return pipe(
    effect,
    T.provide(DummyTracing),
    core.provideCwd,
    T.either,
    provideConsole,
    T.provideSomeLayer(NodeFsLive),
    T.runPromise,
  ).then((result) => {
    if (result._tag === 'Left') throw new Error(describe(result.left));
    return result.right;
  });
}

function describe(error) {
  if (error?.toString && error.toString !== Object.prototype.toString) return error.toString();
  return JSON.stringify(error);
}

async function typeOnce() {
  config ??= await runEffect(core.getConfig({ configPath }));
  const info = await runEffect(core.generateDotpkg({ config, verbose: false }));
  return info.documentCount;
}

// One request at a time: the scratch folder is shared by all of them.
let queue = Promise.resolve();
process.on('message', (message) => {
  queue = queue.then(async () => {
    try {
      const documents = await typeOnce();
      process.send({ id: message.id, ok: true, documents });
    } catch (error) {
      process.send({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
// The desk went away (even killed): nothing is left to type for.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
