/**
 * The desk's gate: every request passes here, in this order (docs/decisions/039):
 *   1. the raw path is checked (lib/desk/server/paths.ts) — odd spellings get 400, nothing runs;
 *   2. the sign-in page and form are the only things a stranger may use, with one deliberate
 *      exception: the push webhook, exactly POST /api/desk/pushes/hook, which proves itself with the
 *      shared secret instead of a session (lib/desk/follow/hook.ts); and a preview link, GET of
 *      /preview/<id>.<expires>.<signature>, which proves itself with its signature and its row
 *      (lib/desk/preview/open.ts) and shows one unpublished story to whoever has the link, and
 *      the pictures that story names, /preview/<id>.<expires>.<signature>/pictures/<path>, each
 *      checked the same way (lib/desk/preview/pictures.ts). Anything else under /preview/ is a
 *      404 from the same code, which reads no cookie;
 *   3. who is asking (session cookie or Bearer token);
 *   4. a stranger: pages → 303 to the sign-in page, APIs and any non-GET → 401; nothing written;
 *   5. a write authenticated by cookie must come from the desk's own origin (CSRF);
 *   6. the route, by its exact (lower-case) spelling.
 * It answers with a Response, or 'editor' when the Keystatic editor's Next build should answer
 * (GET/HEAD of /keystatic… and /_next/…, handled by the node server).
 */
import { handleDeskApi } from '../api/router';
import { AUTH_BASE_PATH, CLIENT_IP_HEADER } from '../auth/auth';
import type { DeskContext } from '../auth/desk-context';
import { bearerToken, identifyWith } from '../auth/identify';
import { currentFollower } from '../follow/follower';
import { answerHook } from '../follow/hook';
import { FOLLOW_HOOK_PATH } from '../follow/hook-path';
import { handleDeskPage } from '../pages/router';
import { PREVIEW_HEADERS, type PreviewRenderer } from '../preview/open';
import { servePreview } from '../preview/serve';
import { PREVIEW_PREFIX } from '../preview/signature';
import type { DeskUser } from '../roles';
import { COMMON_HEADERS } from './headers';
import { areaOf, checkPath, DESK_PATHS, safeNext, signInAddress } from './paths';
import { readPicture } from './pictures';
import { messagePage, SIGN_IN_POLICY, signInPage } from './sign-in-page';

export interface GateDependencies {
  context: DeskContext;
  keystaticApi: (request: Request, user: DeskUser) => Promise<Response>;
  /** The project root: its public/images/ backs the editor's picture previews. */
  root: string;
  /** Whether the Keystatic editor's build (.next-desk) is there to answer /keystatic. */
  editorBuilt: boolean;
  /**
   * Renders a preview link's story with the site's article component (scripts/desk/render-preview.tsx);
   * handed in because lib/ does not import components/.
   */
  renderPreview?: PreviewRenderer;
}

export interface GateRequest {
  /** The request line's target exactly as it came (req.url), before any URL parsing. */
  rawUrl: string;
  request: Request;
  /** The client's address from the socket (for the sign-in rate limit). */
  clientAddress: string;
}

const READS = new Set(['GET', 'HEAD']);

function withHeaders(response: Response, extra: Record<string, string> = {}): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...COMMON_HEADERS, ...extra })) headers.set(name, value);
  if (!headers.has('content-security-policy'))
    headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
  withHeaders(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
    }),
  );

const html = (status: number, text: string, policy?: string) =>
  withHeaders(new Response(text, { status, headers: { 'content-type': 'text/html; charset=utf-8' } }), {
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
  });

const redirect = (location: string, setCookies: string[] = []) => {
  const headers = new Headers({ location });
  for (const cookie of setCookies) headers.append('set-cookie', cookie);
  return withHeaders(new Response(null, { status: 303, headers }));
};

const toSignIn = (path: string, search: string) => redirect(signInAddress(safeNext(path + search)));

/** A write's Origin (or, without one, Sec-Fetch-Site) must say it came from the desk's own pages. */
export function fromOwnOrigin(request: Request, origin: string): boolean {
  const sent = request.headers.get('origin');
  if (sent !== null) return sent === origin;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

async function formOf(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await request.text());
}

/** Calls Better Auth's own handler (never exposed) with a request the desk has built. */
function callAuth(context: DeskContext, endpoint: string, init: { body?: unknown; cookie?: string; client: string }) {
  const headers = new Headers({ origin: context.settings.origin, [CLIENT_IP_HEADER]: init.client });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  if (init.cookie) headers.set('cookie', init.cookie);
  return context.auth.handler(
    new Request(`${context.settings.origin}${AUTH_BASE_PATH}${endpoint}`, {
      method: 'POST',
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
    }),
  );
}

async function signIn(deps: GateDependencies, request: Request, clientAddress: string): Promise<Response> {
  const form = await formOf(request);
  const next = safeNext(form.get('next'));
  const email = (form.get('email') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!email || !password)
    return html(400, signInPage({ next, email, error: 'Give both your email and your password.' }), SIGN_IN_POLICY);
  const answer = await callAuth(deps.context, '/sign-in/email', {
    body: { email, password, rememberMe: true },
    client: clientAddress,
  });
  if (answer.status === 429) {
    const wait = Number(answer.headers.get('x-retry-after')) || 60;
    return html(
      429,
      signInPage({
        next,
        email,
        error: `Too many sign-in attempts. Wait ${wait} seconds, then try again.`,
      }),
      SIGN_IN_POLICY,
    );
  }
  if (!answer.ok)
    return html(
      401,
      signInPage({ next, email, error: 'That email and password do not match an account on this desk.' }),
      SIGN_IN_POLICY,
    );
  return redirect(next, answer.headers.getSetCookie());
}

async function signOut(deps: GateDependencies, request: Request, clientAddress: string): Promise<Response> {
  const answer = await callAuth(deps.context, '/sign-out', {
    cookie: request.headers.get('cookie') ?? '',
    client: clientAddress,
  });
  return redirect(DESK_PATHS.signIn, answer.headers.getSetCookie());
}

export async function gate(deps: GateDependencies, incoming: GateRequest): Promise<Response | 'editor'> {
  const { request, rawUrl, clientAddress } = incoming;
  const method = request.method.toUpperCase();
  const verdict = checkPath(rawUrl);
  if (!verdict.ok) return withHeaders(new Response(`Bad request: ${verdict.reason}.\n`, { status: 400 }));
  const { path, search } = verdict;
  const area = areaOf(path);
  // Keystatic spells the encoded slash in its item addresses %2F: that is not a capital letter.
  const exact = path.replace(/%2F/g, '%2f') === path.toLowerCase();

  // A git host cannot sign in: a POST to this one exact address answers to the webhook's shared
  // secret alone. Any other method or spelling (a trailing slash, capitals) goes through the gate below.
  if (path === FOLLOW_HOOK_PATH && method === 'POST') return withHeaders(await answerHook(request, currentFollower()));

  // A preview link is its own proof (a signature, then its row): no session, no cookie read. The
  // path has passed checkPath (no %2F, %2e, dot or empty segments); servePreview takes exactly a
  // link and a picture under a link, and answers anything else under /preview/ with a 404.
  if (path.startsWith(PREVIEW_PREFIX)) return withHeaders(await servePreview(deps, path, method), PREVIEW_HEADERS);

  if (area === 'sign-in' && exact && path === '/desk/sign-in') {
    if (READS.has(method)) {
      const next = safeNext(new URLSearchParams(search).get('next'));
      return html(200, signInPage({ next }), SIGN_IN_POLICY);
    }
    if (method === 'POST') {
      if (!fromOwnOrigin(request, deps.context.settings.origin))
        return json(403, { error: 'Sign in from the desk’s own sign-in page.' });
      return signIn(deps, request, clientAddress);
    }
    return json(405, { error: 'Use GET or POST here.' }, { allow: 'GET, HEAD, POST' });
  }

  const user = await identifyWith(deps.context, request);
  if (!user) {
    if (area === 'sign-out' && method === 'POST' && path === DESK_PATHS.signOut) return redirect(DESK_PATHS.signIn);
    if (area === 'api' || !READS.has(method))
      return json(
        401,
        { error: 'Sign in to the desk, or send Authorization: Bearer <token>.' },
        { 'www-authenticate': 'Bearer realm="dateline-desk"' },
      );
    return toSignIn(path, search);
  }

  const byCookie = bearerToken(request.headers) === undefined;
  if (byCookie && !READS.has(method) && !fromOwnOrigin(request, deps.context.settings.origin))
    return json(403, { error: 'This request did not come from the desk’s own pages; nothing was changed.' });

  if (!exact) return html(404, messagePage('Not found', 'There is nothing at this address on the desk.'));
  if (path === '/desk/sign-out') {
    if (method !== 'POST') return json(405, { error: 'Sign out with POST.' }, { allow: 'POST' });
    return signOut(deps, request, clientAddress);
  }
  if (path.startsWith('/api/desk/')) return withHeaders(await handleDeskApi(request, user));
  if (path === '/desk' || path.startsWith('/desk/')) return withHeaders(await handleDeskPage(request, user));
  if (path.startsWith('/api/keystatic/')) return withHeaders(await deps.keystaticApi(request, user));
  if (path === '/keystatic' || path.startsWith('/keystatic/') || path.startsWith('/_next/')) {
    if (!READS.has(method))
      return json(405, { error: 'The editor’s pages are read with GET.' }, { allow: 'GET, HEAD' });
    if (!deps.editorBuilt)
      return html(
        503,
        messagePage(
          'The editor is not built',
          'The desk serves the Keystatic editor from its own build. On the server, run: npm run desk:build — then restart npm run desk.',
        ),
      );
    return 'editor';
  }
  if (path.startsWith('/images/') && READS.has(method)) {
    const picture = await readPicture(path, { workspace: deps.context.settings.workspace, root: deps.root });
    if (picture)
      return withHeaders(
        new Response(new Uint8Array(picture.bytes), { status: 200, headers: { 'content-type': picture.type } }),
      );
  }
  if (path === '/') return redirect(DESK_PATHS.home);
  return html(404, messagePage('Not found', 'There is nothing at this address on the desk.'));
}
