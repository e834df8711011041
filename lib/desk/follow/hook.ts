/**
 * The push webhook (POST /api/desk/pushes/hook): the one desk address answered without a session,
 * because a git host cannot sign in. It takes only the shared secret (./signature.ts), reads
 * nothing from the body but its bytes for the signature, and does one thing: queue a pull of the
 * branch the settings name. A refused call changes nothing.
 */
import { desk as deskAddresses } from '../addresses';
import { json, readLimited, Refusal, refuse } from '../api/answers';
import type { Follower } from './follower';
import { checkHook } from './signature';

/** GitHub's push payloads are a few KiB; a MiB leaves room for a push of many commits. */
export const MAX_HOOK_BYTES = 1024 * 1024;

export async function answerHook(request: Request, follower: Follower | undefined): Promise<Response> {
  const secret = follower?.settings.secret;
  if (!follower || !secret)
    return refuse(
      404,
      'This desk has no push webhook: it follows no remote with a shared secret (DESK_FOLLOW_REMOTE and DESK_FOLLOW_SECRET, docs/deploy.md).',
    );
  if (request.method !== 'POST') return refuse(405, 'The push webhook takes POST.', { Allow: 'POST' });
  let body: Uint8Array;
  try {
    body = await readLimited(request, MAX_HOOK_BYTES, 'webhook body');
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.status, `${error.message}; nothing was pulled`);
    throw error;
  }
  const verdict = checkHook(request.headers, body, secret);
  if (!verdict.ok) return refuse(401, `${verdict.reason}; nothing was pulled.`);
  // GitHub pings a new hook once: the secret is right, and there is nothing to pull.
  if (request.headers.get('x-github-event') === 'ping') return json(200, { ok: true, pulled: false });
  const job = await follower.requestPull('webhook');
  return json(202, {
    queued: job !== undefined,
    ...(job !== undefined ? { job } : { note: 'a pull is already waiting; it takes this push too' }),
    results: deskAddresses.pushes(),
  });
}
