// @ts-check
/**
 * Folders that one side of the project may not import from at all, types included:
 *   - no-scripts-in-e2e: what the end-to-end specs use lives in e2e/ (e2e/support/), so a spec
 *     never depends on a command-line tool's file; scripts may import e2e/support, not the reverse.
 *   - no-test-code-in-production: test oracles and fixtures (test/) are for tests; nothing that
 *     builds or serves the site may load them.
 */
import { importBoundary } from './import-boundary.mjs';

export const noScriptsInE2e = importBoundary({
  folders: ['scripts'],
  typesAllowed: false,
  description: 'Forbid end-to-end specs and their support from importing scripts/.',
  message: "'{{source}}' is a command-line tool's file: move what the specs share to e2e/support/ and import it there.",
});

export const noTestCodeInProduction = importBoundary({
  folders: ['test'],
  typesAllowed: false,
  description: 'Forbid code that builds or serves the site from importing test/ (oracles and fixtures).',
  message: "'{{source}}' is test-only code (test/): production code may not depend on a test oracle or fixture.",
});
