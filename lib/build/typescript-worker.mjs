/**
 * The first module of a worker thread that runs TypeScript (./parallel-check.ts starts it).
 * `tsx` gives the main thread its loader through node's flags, but a thread started from Vitest,
 * or with `execArgv: []` as ours are, has none: register tsx here, then import the module named
 * in workerData.entry and call its default export, which serves the thread's messages.
 * Plain JavaScript, since nothing could load TypeScript before this runs.
 */
import { workerData } from 'node:worker_threads';

import { register } from 'tsx/esm/api';

register();
const { default: serve } = await import(workerData.entry);
serve();
