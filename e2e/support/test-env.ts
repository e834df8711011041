/**
 * The environment as the end-to-end tests and the Playwright configs read it: ports, the
 * programs they start, DATELINE_NOW and SITE_URL. Every variable is a row of lib/env.js (with
 * its default and meaning, docs/ENVIRONMENT.md); this is the e2e side's one door to it, so a
 * spec never reads process.env itself (scripts/env/env-reads.test.ts).
 */
import { type EnvName, isSet, readEnv } from '../../lib/env';

export { readEnv as testEnv, isSet as testEnvIsSet };
export type { EnvName };
