/**
 * "Now" for the site. A build is one moment: embargoes, the breaking-news window and the news
 * sitemap's two days are measured from the build's start, so every prerendered page agrees.
 * A running server (`npm start`) renders pages on request and after each publish, so there
 * "now" is the clock at the render. DATELINE_NOW (an ISO 8601 instant with offset) pins it
 * everywhere, so tests and reproducible builds do not depend on the day they run.
 */
import { isSet, readEnv } from './env';
let pinned: Date | undefined;

function fromEnvironment(): Date | undefined {
  const fromEnv = readEnv('DATELINE_NOW');
  if (!fromEnv) return undefined;
  const parsed = new Date(fromEnv);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`DATELINE_NOW: "${fromEnv}" is not a date — use an ISO 8601 instant such as 2026-11-28T09:00:00Z`);
  }
  return parsed;
}

/**
 * Whether this process renders on request (next start / next dev) rather than a build or a script.
 * NEXT_RUNTIME is set in code Next bundles, at build time (`npm start`'s custom server does not set it
 * at run time, so it is read written out: lib/env.js, `inlined`); NEXT_PHASE is 'phase-production-build' during `next build`.
 */
const rendersOnRequest = () =>
  process.env.NEXT_RUNTIME !== undefined && readEnv('NEXT_PHASE') !== 'phase-production-build';

/** Set by a long-running process that is not a Next server (the desk): its clock moves too. */
let moving = false;

/** Called by the desk at start: each publish it runs measures embargoes from the clock at that publish. */
export function keepClockMoving(): void {
  moving = true;
  if (!isSet('DATELINE_NOW')) pinned = undefined;
}

export function buildNow(): Date {
  if (pinned) return pinned;
  const fixed = fromEnvironment();
  if (fixed) return (pinned = fixed);
  // A server keeps running for weeks: its clock moves. A build or a command is one moment.
  if (rendersOnRequest() || moving) return new Date();
  return (pinned = new Date());
}
