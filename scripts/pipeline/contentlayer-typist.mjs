/**
 * Contentlayer loaded once and asked to type again and again: what the desk's typing worker
 * (./typing-worker.mjs) and the publish command's typing daemon (./typing-daemon.mjs) share
 * (docs/decisions/041 and 057).
 *
 * `typist(configPath)` loads Contentlayer with Effect's fiber tracing off, as ./contentlayer.mjs
 * does (decision 022), and returns `type()`: it types whatever the working folder's CONTENT_DIR
 * holds and resolves with the document count. The config is compiled and loaded for the first
 * call; later calls only run Contentlayer's generation, whose cache in the same folder skips the
 * authors, sections and pages that did not change.
 */
export async function typist(configPath) {
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

  /** Runs one Contentlayer effect with the services its CLI gives it; a failure becomes a rejected promise with its message. */
  const runEffect = (effect) =>
    pipe(
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

  let config;
  return async function type() {
    config ??= await runEffect(core.getConfig({ configPath }));
    const info = await runEffect(core.generateDotpkg({ config, verbose: false }));
    return info.documentCount;
  };
}

function describe(error) {
  if (error?.toString && error.toString !== Object.prototype.toString) return error.toString();
  return JSON.stringify(error);
}
