// @ts-check
/**
 * Everything the site knows about Next.js's private formats, in one place (issue 26).
 *
 * Written against next 16.4.6 with Turbopack (`NEXT_VERSION_READ`). None of this is Next's public
 * API: a minor release may change any of it. When e2e/next-internals.spec.ts (the canary, run
 * against a real build) or lib/runtime/next-internals.test.ts fails, read what the failure names,
 * look at the same thing in the new build (.next/server/app/…_client-reference-manifest.js, a
 * prerendered .html beside it) and update the function here; nothing else should need to change.
 *
 * What it reads:
 * - the client-reference manifests Next writes beside each route
 *   (`.next/server/app/**\/*_client-reference-manifest.js`, each assigning
 *   `globalThis.__RSC_MANIFEST[route] = { clientModules: { "[project]/<path>[ <module evaluation>]": { id } } }`);
 * - the React Server Components payload Next inlines in a page (`self.__next_f.push([1,"<rows>"])`
 *   scripts, whose rows `<hex>:I[<module id>, …]` name the client modules the page renders);
 * - what Next puts in a page for its runtime: chunk scripts and their preloads under /_next/,
 *   the payload scripts, Turbopack's bootstrap (`<script id="_R_">`), and its error shell
 *   (`<html id="__next_error__">`).
 *
 * Plain JavaScript because the production server (server/) runs with node alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

/** The version of next (node_modules/next/package.json) whose formats this file reads. */
export const NEXT_VERSION_READ = '16.4.6';

// ── Client-reference manifests ────────────────────────────────────────────────────────────

const MANIFEST_SUFFIX = '_client-reference-manifest.js';
const MANIFEST_GLOBAL = 'globalThis.__RSC_MANIFEST';
/** Turbopack names a module `[project]/<path from the project root>`, its evaluation entry with a suffix. */
const PROJECT_PREFIX = '[project]/';
const EVALUATION_SUFFIX = / <module evaluation>$/;
/** Where Next's own client components live, as a path from the project root. */
const NEXT_OWN = 'node_modules/next/dist/';

/**
 * The client-reference manifest files of the build in `distDir` (.next).
 * @param {string} distDir
 * @returns {string[]}
 */
export function clientManifestFiles(distDir) {
  const appDir = path.join(distDir, 'server', 'app');
  return readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(MANIFEST_SUFFIX))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The client modules one manifest file lists: each module id with the path of its source file
 * from the project root (`components/search/SearchPanel.client.tsx`,
 * `node_modules/next/dist/client/image-component.js`). A name not under the project is kept as
 * Turbopack wrote it, so it matches no project path.
 * @param {string} source the manifest file's text
 * @returns {{ id: string, path: string }[]}
 */
export function manifestModules(source) {
  /** @type {{ __RSC_MANIFEST: Record<string, { clientModules?: Record<string, { id: string | number }> }> }} */
  const sandbox = { __RSC_MANIFEST: {} };
  runInNewContext(source.replaceAll(MANIFEST_GLOBAL, '__RSC_MANIFEST'), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST).flatMap((manifest) =>
    Object.entries(manifest.clientModules ?? {}).map(([name, { id }]) => ({
      id: String(id),
      path: projectPath(name),
    })),
  );
}

/** @param {string} name a module name from a manifest */
function projectPath(name) {
  const bare = name.replace(EVALUATION_SUFFIX, '');
  return bare.startsWith(PROJECT_PREFIX) ? bare.slice(PROJECT_PREFIX.length) : bare;
}

/**
 * Module id → the source paths (from the project root) the build's manifests give it.
 * @param {string} distDir
 * @returns {Map<string, Set<string>>}
 */
export function loadClientModules(distDir) {
  /** @type {Map<string, Set<string>>} */
  const modules = new Map();
  for (const file of clientManifestFiles(distDir)) addManifest(modules, readFileSync(file, 'utf8'));
  return modules;
}

/**
 * Adds one manifest file's modules to `modules`.
 * @param {Map<string, Set<string>>} modules
 * @param {string} source
 */
export function addManifest(modules, source) {
  for (const { id, path: file } of manifestModules(source)) {
    const paths = modules.get(id) ?? new Set();
    paths.add(file);
    modules.set(id, paths);
  }
}

/**
 * Whether a client module is one of Next's own (the router's boundaries, next/image, next/link).
 * @param {string} file a path from the project root, as manifestModules gives it
 */
export function isNextOwnModule(file) {
  return file.startsWith(NEXT_OWN);
}

// ── The page's payload ─────────────────────────────────────────────────────────────────────

const PAYLOAD_MARK = 'self.__next_f';
/** `self.__next_f.push([<kind>])` or `self.__next_f.push([<kind>,"<JSON string>"])`. */
const PAYLOAD_PUSH = /self\.__next_f\.push\(\[(\d+)(?:,("(?:[^"\\]|\\.)*"))?\]\)/g;
/** A row naming a client module: `<hex row id>:I[<module id>,[<chunks>],"<export>"]`. */
const CLIENT_REFERENCE_ROW = /(?:^|\n)[0-9a-f]+:I\[([^,\]]+)/g;
const ERROR_SHELL = /<html\b[^>]*\bid="__next_error__"/;

/**
 * Whether `html` carries a React Server Components payload at all.
 * @param {string} html
 */
export function hasPayload(html) {
  return html.includes(PAYLOAD_MARK);
}

/**
 * Whether `html` is Next's error shell, whose empty body only the runtime fills in.
 * @param {string} html
 */
export function isErrorShell(html) {
  return ERROR_SHELL.test(html);
}

/**
 * The page's payload as one text (its pushes joined), or undefined when a push is in a form
 * this does not read (a binary chunk, a kind other than the bootstrap 0 and text 1).
 * @param {string} html
 * @returns {string | undefined}
 */
export function payloadText(html) {
  let payload = '';
  for (const [, kind, text] of html.matchAll(PAYLOAD_PUSH)) {
    if (kind === '0') continue;
    if (kind !== '1' || text === undefined) return undefined;
    payload += /** @type {string} */ (JSON.parse(text));
  }
  return payload;
}

/**
 * The ids of the client modules a page's payload references (its `I[id, …]` rows), or
 * undefined when the payload is in a form this does not read.
 * @param {string} html
 * @returns {string[] | undefined}
 */
export function clientReferenceIds(html) {
  const payload = payloadText(html);
  if (payload === undefined) return undefined;
  return [...payload.matchAll(CLIENT_REFERENCE_ROW)].map(([, id]) => String(id));
}

/** What Next writes into an error shell's payload for a redirect: NEXT_REDIRECT;<replace|push>;<url>;<status>; */
const REDIRECT_DIGEST = /NEXT_REDIRECT;(?:replace|push);([^;"\\]+);(30[1278]);/;

/**
 * The redirect a prerendered page stands for (`redirect()` during prerendering exports an error
 * shell whose only way on is client JavaScript), or undefined for an ordinary page.
 * @param {string} html
 * @returns {{ to: string, status: number } | undefined}
 */
export function prerenderedRedirect(html) {
  if (!isErrorShell(html)) return undefined;
  const match = REDIRECT_DIGEST.exec(html);
  if (!match?.[1] || !match[2]) return undefined;
  return { to: match[1], status: Number(match[2]) };
}

// ── What the runtime adds to a page ───────────────────────────────────────────────────────

/**
 * The exact shapes of Next's inline scripts, for the security policy's recognition of the
 * site's own scripts (lib/security/inline-scripts.js):
 * - `payloadStart`: the script that creates the payload queue, byte for byte;
 * - `payloadPush`: how each payload script starts; the rest is a JSON array and `)`;
 * - `bootstrap`: how Turbopack's bootstrap starts; the rest is a JSON object and `);`, with
 *   `otherChunks` (paths matching `chunkPath`) and `runtimeModuleIds` (integers).
 */
export const INLINE_SCRIPTS = {
  payloadStart: '(self.__next_f=self.__next_f||[]).push([0])',
  payloadPush: 'self.__next_f.push(',
  bootstrap: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
  chunkPath: /^static\/chunks\/[\w.-]+\.(?:js|css)$/,
};

const CHUNK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const CHUNK_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/[^"]*"[^>]*>/g;
const PAYLOAD_SCRIPT = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
const BOOTSTRAP_SCRIPT = /<script id="_R_">[\s\S]*?<\/script>/g;

/**
 * The page without Next's runtime: its chunk scripts and their preloads, the inline payload
 * and the Turbopack bootstrap. Everything else (our head script, JSON-LD) stays.
 * @param {string} html
 */
export function withoutRuntime(html) {
  return html
    .replace(CHUNK_SCRIPT, '')
    .replace(CHUNK_PRELOAD, '')
    .replace(PAYLOAD_SCRIPT, '')
    .replace(BOOTSTRAP_SCRIPT, '');
}

/**
 * Whether `html` still carries any part of the runtime withoutRuntime takes out.
 * @param {string} html
 */
export function carriesRuntime(html) {
  return [CHUNK_SCRIPT, CHUNK_PRELOAD, PAYLOAD_SCRIPT, BOOTSTRAP_SCRIPT].some((pattern) =>
    new RegExp(pattern.source).test(html),
  );
}
