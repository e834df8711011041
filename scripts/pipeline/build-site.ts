/**
 * The second half of `npm run build`, after the content store is written: the search index
 * (`npm run build:search`) and `next build` at the same time. Neither reads what the other
 * writes: both read the content store in the database; the index goes to search-index/, which
 * app/pagefind reads when a reader asks, not when Next builds. One after the other, the core Pagefind
 * does not use sat idle for half a minute at 20,000 stories (docs/performance.md).
 *
 * If either fails, the other is stopped and the build fails with the first one's exit code.
 * The search step's output goes through a pipe, so its progress is printed as plain lines
 * (lib/progress.ts) rather than redrawn on a terminal Next is also writing to.
 */
import { runTogether, type Step } from './run-together';

const STEPS: Step[] = [
  { name: 'search index', command: 'npm', args: ['run', '--silent', 'build:search'], piped: true },
  { name: 'next build', command: 'npx', args: ['--no-install', 'next', 'build'], piped: false },
];

process.exit(await runTogether(STEPS, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
