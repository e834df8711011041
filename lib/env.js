// @ts-check
/**
 * The one module that owns the environment (docs/decisions/050-one-module-owns-the-environment).
 * Every variable Dateline reads is a row of VARIABLES: its kind, its default, a one-line meaning
 * and who reads it. Code reads a variable with `readEnv(name)` (or `readEnv(name, env)` when it
 * was handed an environment of its own, as tests do); nothing else reads `process.env`
 * (scripts/env/env-reads.test.ts fails naming the file and line). docs/ENVIRONMENT.md is
 * generated from the table by `npm run docs:env`.
 *
 * Plain JavaScript with JSDoc types: server/ and next.config.js run with node alone and import it.
 * It imports nothing, so browser bundles, Contentlayer's config and the Next proxy can use it too.
 */

/**
 * Who reads a variable, for the documentation's groups.
 * @typedef {'site' | 'build' | 'publish' | 'desk' | 'tests' | 'benchmarks'} Reader
 */

/**
 * @typedef {'string' | 'number' | 'boolean' | 'enum' | 'path' | 'url' | 'list'} Kind
 */

/**
 * One row of the table.
 * @typedef {object} Variable
 * @property {Kind} kind what the text is parsed as (`list`: comma-separated; `boolean`: 1/0 or true/false)
 * @property {unknown} [default] the value when the variable is unset or blank
 * @property {string} [defaultText] the default as the documentation says it, when it is worked out at run time
 * @property {string} meaning one line: what it does
 * @property {readonly Reader[]} readBy who reads it; the first is where the documentation lists it
 * @property {boolean} [platform] set by Node, npm, Next.js or CI rather than by an operator
 * @property {boolean} [inlined] Next.js replaces `process.env.NAME`, written out, in the code it bundles
 *   at build time, and the variable may be missing at run time (a custom server, the browser): such
 *   code reads it written out, the one read allowed outside this file (scripts/env/env-reads.ts)
 * @property {readonly string[]} [values] for `enum`: the accepted values
 * @property {boolean} [integer] for `number`: whole numbers only
 * @property {number} [min] for `number`: the smallest accepted
 * @property {number} [max] for `number`: the largest accepted
 */

const PORT_RANGE = /** @type {const} */ ({ integer: true, min: 0, max: 65_535 });

export const VARIABLES = /** @type {const} @satisfies {Record<string, Variable>} */ ({
  // The readers' site: npm start, next build and the pages it renders.
  SITE_URL: {
    kind: 'url',
    default: 'http://localhost:3000',
    meaning: 'The public address of the site: canonical links, feeds, sitemaps, social cards; https turns on HSTS.',
    readBy: ['site', 'build'],
  },
  PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3000,
    meaning: 'The port `npm start` listens on when no --port is given (also read by `next dev`).',
    readBy: ['site'],
  },
  REDIS_URL: {
    kind: 'url',
    meaning: 'The Redis that several site servers share their page cache in; unset, each server keeps its own.',
    readBy: ['site', 'publish'],
  },
  DATELINE_PUBLISH_SECRET: {
    kind: 'string',
    meaning: 'The secret a publish sends to /api/revalidate; the server and `npm run publish` must be given the same.',
    readBy: ['site', 'publish', 'desk'],
  },
  DATELINE_NOW: {
    kind: 'string',
    meaning:
      'Pins "now" (an ISO 8601 instant with offset) for embargoes and breaking news, so tests and builds are reproducible.',
    defaultText: 'the clock',
    readBy: ['site', 'build', 'desk', 'tests'],
  },
  DATELINE_EDITOR: {
    kind: 'boolean',
    default: false,
    meaning: 'Builds and serves the Keystatic editor at /keystatic (the desk build and `npm run dev`).',
    readBy: ['site', 'build'],
  },
  CONTENT_DIR: {
    kind: 'path',
    default: 'content',
    meaning: "The editors' content folder, relative to the working directory.",
    readBy: ['site', 'build', 'publish', 'tests', 'benchmarks'],
  },
  PUBLIC_DIR: {
    kind: 'path',
    default: 'public',
    meaning: 'The folder image paths such as /images/x.jpg resolve against.',
    readBy: ['site', 'build', 'publish'],
  },

  // The build: npm run build, build:content, build:static.
  DATELINE_PRERENDER_STORIES: {
    kind: 'number',
    integer: true,
    min: 0,
    default: 1000,
    meaning: 'How many of the newest stories the build prerenders; the rest render on their first request.',
    readBy: ['build'],
  },
  DATELINE_PREVIEW: {
    kind: 'boolean',
    default: false,
    meaning: 'Preview build (`npm run dev`): drafts and embargoed stories are typed and shown.',
    readBy: ['build'],
  },
  DATELINE_STATIC_EXPORT: {
    kind: 'boolean',
    default: false,
    meaning: 'Set by `npm run build:static`: next build writes a static export to out/.',
    readBy: ['build', 'site'],
  },
  DATELINE_DESK: {
    kind: 'boolean',
    default: false,
    meaning: "Set by `npm run desk:build`: the build is the desk's Next app, not the readers' site.",
    readBy: ['build'],
  },
  DATELINE_SHARD_SIZE: {
    kind: 'number',
    integer: true,
    min: 1,
    default: 10_000,
    meaning: 'How many stories one shard of the content store holds.',
    readBy: ['build'],
  },
  DATELINE_CHECK_WORKERS: {
    kind: 'number',
    integer: true,
    min: 1,
    defaultText: 'one per core (os.availableParallelism())',
    meaning:
      'How many threads the content check spreads its per-file work over; 1 checks every file in the main thread.',
    readBy: ['build'],
  },
  DATELINE_PROGRESS_EVERY_MS: {
    kind: 'number',
    integer: true,
    min: 0,
    default: 5000,
    meaning:
      'How often a long build step prints a progress line when its output is not a terminal (and how long it stays quiet first).',
    readBy: ['build', 'tests'],
  },
  DATELINE_STATUS_DIR: {
    kind: 'path',
    defaultText: 'the project root',
    meaning: "Where the content check writes the status file that the dev server's page shows.",
    readBy: ['build', 'tests'],
  },
  DATELINE_CONTENTLAYER_WATCH: {
    kind: 'boolean',
    default: false,
    meaning: 'Set by scripts/pipeline/contentlayer.mjs in dev mode: Contentlayer rewrites the store after each change.',
    readBy: ['build'],
  },
  DATELINE_CONTENTLAYER_SUBSET: {
    kind: 'boolean',
    default: false,
    meaning:
      'Set by the publish for its typing process: Contentlayer types only the changed files and writes no store.',
    readBy: ['build', 'publish'],
  },

  // npm run publish and the desk's publishes.
  DATELINE_SERVERS: {
    kind: 'list',
    default: [],
    meaning: 'Every site server sharing one cache (comma-separated); the first is asked to revalidate for all.',
    readBy: ['publish', 'desk'],
  },
  DATELINE_SERVER: {
    kind: 'url',
    default: 'http://127.0.0.1:3000',
    meaning: 'The one site server a publish asks to revalidate, when DATELINE_SERVERS is not set.',
    readBy: ['publish', 'desk'],
  },
  DATELINE_TYPING_WORKER: {
    kind: 'enum',
    values: ['on', 'off'],
    default: 'on',
    meaning:
      "`off` types each publish in a process of its own instead of a long-lived Contentlayer: the desk's worker, or `npm run publish`'s daemon.",
    readBy: ['desk', 'publish'],
  },
  DATELINE_TYPING_IDLE_SECONDS: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 86400,
    default: 600,
    meaning: "How long `npm run publish`'s typing daemon stays loaded after its last publish before it leaves.",
    readBy: ['publish'],
  },
  DATELINE_PUBLISH_KILL_AT: {
    kind: 'string',
    meaning: 'Test hook: the publish kills itself (SIGKILL) at the step of this name, to prove a kill loses nothing.',
    readBy: ['tests', 'publish'],
  },

  // The desk: npm run desk.
  DESK_URL: {
    kind: 'url',
    default: 'http://127.0.0.1:3001',
    meaning: "The desk's own address; the only origin allowed to POST with its cookie. https sets Secure cookies.",
    readBy: ['desk'],
  },
  DESK_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    min: 1,
    defaultText: "DESK_URL's port, else 3001",
    meaning: 'The port the desk listens on.',
    readBy: ['desk'],
  },
  DESK_HOSTNAME: {
    kind: 'string',
    default: '127.0.0.1',
    meaning: 'The interface the desk listens on (0.0.0.0 for every interface, behind a proxy).',
    readBy: ['desk'],
  },
  DESK_SECRET: {
    kind: 'string',
    defaultText: 'a development secret, on this machine only',
    meaning: "Signs the desk's session cookies: at least 32 random characters; required in production.",
    readBy: ['desk'],
  },
  BETTER_AUTH_SECRET: {
    kind: 'string',
    meaning: "Better Auth's own name for DESK_SECRET, used when DESK_SECRET is not set.",
    readBy: ['desk'],
  },
  DESK_WORKSPACE: {
    kind: 'path',
    default: '.dateline/desk/workspace',
    meaning: 'The workspace of unpublished saves (content/ and public/images/), relative to the project.',
    readBy: ['desk', 'tests'],
  },
  DESK_TRUSTED_PROXIES: {
    kind: 'list',
    default: [],
    meaning: 'Reverse proxies (addresses) whose X-Forwarded-For the desk believes for the sign-in rate limit.',
    readBy: ['desk'],
  },
  DATABASE_URL: {
    kind: 'string',
    defaultText: '.dateline/dateline.sqlite',
    meaning:
      "The database: the desk's tables, the search delta and published pictures that every instance serves. postgres://user:password@host:5432/name, or file:path for SQLite.",
    readBy: ['site', 'build', 'publish', 'desk', 'tests'],
  },
  DESK_FOLLOW_REMOTE: {
    kind: 'string',
    meaning: 'The git remote (name or URL) the desk follows; unset, the desk follows nothing.',
    readBy: ['desk'],
  },
  DESK_FOLLOW_BRANCH: {
    kind: 'string',
    default: 'main',
    meaning: 'The branch of DESK_FOLLOW_REMOTE the desk pulls and publishes.',
    readBy: ['desk'],
  },
  DESK_FOLLOW_SECRET: {
    kind: 'string',
    meaning: "The push webhook's secret (at least 20 characters); unset, the webhook is refused and the desk polls.",
    readBy: ['desk'],
  },
  DESK_FOLLOW_POLL_SECONDS: {
    kind: 'number',
    integer: true,
    min: 0,
    default: 60,
    meaning: 'How often the desk polls the followed branch, in seconds (at least 5), or 0 to rely on the webhook.',
    readBy: ['desk'],
  },
  DESK_PREVIEW_HOURS: {
    kind: 'number',
    min: Number.MIN_VALUE,
    default: 48,
    meaning: 'How long a preview link stays open, in hours.',
    readBy: ['desk'],
  },

  // Set by the platform: Node, npm, Next.js, the CI service, the shell.
  NODE_ENV: {
    kind: 'string',
    default: 'development',
    meaning:
      'Set by Next.js and `npm start` (development, production or test): development shows unpublished stories and content problems.',
    readBy: ['site', 'desk'],
    platform: true,
    inlined: true,
  },
  NEXT_RUNTIME: {
    kind: 'string',
    meaning: 'Set by Next.js in the code it bundles (nodejs or edge); its presence means a request-time render.',
    readBy: ['site'],
    platform: true,
    inlined: true,
  },
  NEXT_PHASE: {
    kind: 'string',
    meaning: 'Set by Next.js: phase-production-build during `next build`.',
    readBy: ['site'],
    platform: true,
  },
  NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: {
    kind: 'string',
    meaning: "Keystatic's GitHub app, inlined into the editor's browser code by Next.js at build time.",
    readBy: ['build'],
    platform: true,
    inlined: true,
  },
  CI: {
    kind: 'string',
    meaning: 'Set by CI services: Playwright runs two workers, forbids test.only and never reuses a server.',
    readBy: ['tests'],
    platform: true,
  },
  PATH: {
    kind: 'string',
    meaning: "The shell's search path; tests hand it on to the git they start with an environment of their own.",
    readBy: ['tests'],
    platform: true,
  },

  // Tests: vitest and Playwright.
  TEST_PG_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 5491,
    meaning: 'The first port of the PostgreSQL clusters the unit tests start (each suite adds its own offset).',
    readBy: ['tests'],
  },
  PG_BIN: {
    kind: 'path',
    defaultText: "Debian's PostgreSQL folder",
    meaning: 'The folder holding initdb and postgres, for the tests that start a cluster.',
    readBy: ['tests'],
  },
  REDIS_SERVER: {
    kind: 'path',
    defaultText: 'redis-server on the PATH',
    meaning: 'The redis-server program the tests start.',
    readBy: ['tests'],
  },
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: {
    kind: 'path',
    defaultText: "the system's Chromium",
    meaning: 'The Chromium the end-to-end tests and benchmarks drive.',
    readBy: ['tests', 'benchmarks'],
  },
  E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3100,
    meaning: 'The port of the site the main end-to-end suite starts.',
    readBy: ['tests'],
  },
  E2E_STATIC_HOST: {
    kind: 'boolean',
    default: false,
    meaning: 'Set by playwright.static.config.ts: the specs run against the static export.',
    readBy: ['tests'],
  },
  STATIC_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3181,
    meaning: 'The port of the static host the static end-to-end suite starts.',
    readBy: ['tests'],
  },
  PUBLISH_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3191,
    meaning: 'The port of the site the publish end-to-end suite starts.',
    readBy: ['tests'],
  },
  SHARED_CACHE_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3192,
    meaning: 'The first port of the site servers the shared-cache end-to-end test starts.',
    readBy: ['tests'],
  },
  SHARED_CACHE_REDIS_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    defaultText: 'SHARED_CACHE_E2E_PORT + 3200',
    meaning: "The port of the shared-cache end-to-end test's Redis.",
    readBy: ['tests'],
  },
  SEPARATE_HOSTS_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3194,
    meaning:
      'The first port of the two site servers the separate-hosts end-to-end test starts (their Redis is 3200 above it, their PostgreSQL 3300 above it or the next free port).',
    readBy: ['tests'],
  },
  EDITOR_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3410,
    meaning: 'The port of the editor end-to-end suite.',
    readBy: ['tests'],
  },
  EDITOR_SCREENSHOTS: {
    kind: 'path',
    meaning: 'A folder the editor and newsroom end-to-end tests save screenshots to; unset, none are taken.',
    readBy: ['tests'],
  },
  WORDPRESS_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 4390,
    meaning: 'The port of the WordPress import end-to-end test.',
    readBy: ['tests'],
  },
  DESK_E2E_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 4401,
    meaning: 'The port of the desk end-to-end suite.',
    readBy: ['tests'],
  },
  DESK_FLOW_SITE_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 4610,
    meaning: "The port of the readers' site in the newsroom end-to-end flow.",
    readBy: ['tests'],
  },
  DESK_FLOW_DESK_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 4611,
    meaning: 'The port of the desk in the newsroom end-to-end flow.',
    readBy: ['tests'],
  },
  DEV_TEST_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3152,
    meaning: 'The port of the dev server the live-editing test starts.',
    readBy: ['tests'],
  },

  // Benchmarks: npm run bench:*, measure:*.
  BENCH_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    defaultText: "each benchmark's own (3250, 4230, 4530)",
    meaning: 'The first port a benchmark starts its servers on.',
    readBy: ['benchmarks'],
  },
  BARE_PORT: {
    kind: 'number',
    ...PORT_RANGE,
    default: 3179,
    meaning: 'The port of the bare Next.js page `npm run measure:bare` measures against.',
    readBy: ['benchmarks'],
  },
  VIEW_DETAIL: {
    kind: 'boolean',
    default: false,
    meaning: '`npm run measure:view` prints every response, not only the totals.',
    readBy: ['benchmarks'],
  },
});

/**
 * Variables Dateline's code never reads but that operators set or Dateline sets for the programs
 * that do, listed so docs/ENVIRONMENT.md is the one list. readEnv refuses them: they are not ours
 * to parse, and scripts/env/env-reads.test.ts does not look for a reader.
 * @type {Readonly<Record<string, { readBy: string, meaning: string }>>}
 */
export const OTHER_PROGRAMS_VARIABLES = {
  KEYSTATIC_GITHUB_CLIENT_ID: {
    readBy: 'Keystatic',
    meaning: "The GitHub App's client id, for the editor at /keystatic in GitHub mode (docs/deploy.md, section 5).",
  },
  KEYSTATIC_GITHUB_CLIENT_SECRET: {
    readBy: 'Keystatic',
    meaning: "The GitHub App's client secret, for the editor in GitHub mode.",
  },
  KEYSTATIC_SECRET: {
    readBy: 'Keystatic',
    meaning: "Signs the editor's GitHub sessions, in GitHub mode.",
  },
  NEXT_TELEMETRY_DISABLED: {
    readBy: 'Next.js',
    meaning: 'Set to 1 by every npm script, `npm start` and the desk: Next.js sends no telemetry.',
  },
  BETTER_AUTH_TELEMETRY: {
    readBy: 'Better Auth',
    meaning: 'Set to 0 by the desk before Better Auth loads: it sends no telemetry.',
  },
};

/** @typedef {keyof typeof VARIABLES} EnvName */

/**
 * @typedef {{ string: string, number: number, boolean: boolean, enum: string, path: string, url: string, list: string[] }} KindValue
 */

/**
 * The parsed type of a variable.
 * @template {EnvName} N
 * @typedef {(typeof VARIABLES)[N] extends { values: readonly (infer V)[] } ? V : KindValue[(typeof VARIABLES)[N]['kind']]} Parsed
 */

/**
 * What readEnv returns: the parsed value, or the default; undefined only for a variable without one.
 * @template {EnvName} N
 * @typedef {(typeof VARIABLES)[N] extends { default: unknown } ? Parsed<N> : Parsed<N> | undefined} EnvValue
 */

/** @typedef {Readonly<Record<string, string | undefined>>} Env */

/** @param {Variable} variable */
export function accepted(variable) {
  switch (variable.kind) {
    case 'number': {
      const what = variable.integer ? 'a whole number' : 'a number';
      if (variable.min !== undefined && variable.max !== undefined)
        return `${what} from ${variable.min} to ${variable.max}`;
      if (variable.min === Number.MIN_VALUE) return `${what} above 0`;
      if (variable.min !== undefined) return `${what}, at least ${variable.min}`;
      return what;
    }
    case 'boolean':
      return '1 or 0 (true or false)';
    case 'enum':
      return `one of ${(variable.values ?? []).join(', ')}`;
    case 'url':
      return 'an absolute address such as https://example.org';
    case 'list':
      return 'a comma-separated list';
    case 'path':
      return 'a path';
    case 'string':
      return 'text';
  }
}

/**
 * @param {string} name
 * @param {Variable} variable
 * @param {string} text the value, trimmed and not empty
 * @returns {unknown}
 */
function parse(name, variable, text) {
  const refuse = () => new Error(`${name} must be ${accepted(variable)}, not "${text}"`);
  switch (variable.kind) {
    case 'number': {
      const value = Number(text);
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(value)) throw refuse();
      if (variable.integer && !Number.isSafeInteger(value)) throw refuse();
      if (variable.min !== undefined && value < variable.min) throw refuse();
      if (variable.max !== undefined && value > variable.max) throw refuse();
      return value;
    }
    case 'boolean':
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      throw refuse();
    case 'enum':
      if (!(variable.values ?? []).includes(text)) throw refuse();
      return text;
    case 'url':
      try {
        new URL(text);
      } catch {
        throw refuse();
      }
      return text;
    case 'list':
      return text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    case 'path':
    case 'string':
      return text;
  }
}

/**
 * A variable's value, parsed as its row says, or its default when it is unset or blank. Text
 * variables come back as given (not trimmed); the rest are trimmed before they are parsed.
 * Throws, naming the variable, the value and what is accepted, when the value does not parse.
 * @template {EnvName} N
 * @param {N} name
 * @param {Env} [env] the environment to read (default process.env; tests pass their own)
 * @returns {EnvValue<N>}
 */
export function readEnv(name, env = process.env) {
  /** @type {Variable | undefined} */
  const variable = VARIABLES[name];
  if (!variable) throw new Error(`${name} is not in lib/env.js: add a row for it there`);
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    const fallback = variable.default;
    return /** @type {EnvValue<N>} */ (Array.isArray(fallback) ? [...fallback] : fallback);
  }
  const text = variable.kind === 'string' ? raw : raw.trim();
  return /** @type {EnvValue<N>} */ (parse(name, variable, text));
}

/**
 * Whether a variable is set to something other than blanks (for variables without a default
 * whose presence is the setting, such as REDIS_URL).
 * @param {EnvName} name
 * @param {Env} [env]
 */
export const isSet = (name, env = process.env) => (env[name] ?? '').trim() !== '';
