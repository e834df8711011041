/**
 * `node scripts/pipeline/contentlayer.mjs build|dev`: Contentlayer's own CLI, minus its fiber tracing.
 *
 * contentlayer2's CLI turns on Effect-TS tracing for every run. Each forked fiber then copies
 * its parent's stack trace, and that trace buffer does not stay bounded, so the cost per
 * document grows with the number of documents: 42 s for 5,000 articles against 20 s without
 * it (docs/decisions/022). The traces only enrich Contentlayer's internal error reports; the
 * content check reports editors' mistakes, with file, line and fix, before Contentlayer runs.
 *
 * Effect fixes its runtime settings when its runtime module is first loaded, so loading that
 * module before the CLI (which switches tracing on while it loads) keeps fibers untraced.
 * If a future contentlayer2 stops shipping this Effect-TS, the CLI simply runs as it is.
 */
let runtime;
let tracing;
try {
  runtime = await import('@effect-ts/system/Effect/runtime');
  tracing = await import('@effect-ts/system/Tracing/Global');
} catch (error) {
  console.warn(`Contentlayer runs with its fiber tracing on (slower on large archives): ${error.message}`);
}
// In watch mode the config keeps the preview on the last good content while a file is refused.
if (process.argv[2] === 'dev') process.env.DATELINE_CONTENTLAYER_WATCH = '1';
const { run } = await import('@contentlayer2/cli');
tracing?.disableTracing();
if (runtime?.defaultPlatform.value.traceStack)
  console.warn('Contentlayer runs with its fiber tracing on (slower on large archives).');
await run();
