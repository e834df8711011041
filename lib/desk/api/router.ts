// placeholder: replaced by the publishing branch
/** The desk's API (/api/desk/*), for a signed-in person or a token; see DESK-CONTRACT. */
import type { DeskUser } from '../roles';

export function handleDeskApi(request: Request, user: DeskUser): Promise<Response> {
  // The real router answers by the user's role; this stand-in answers everyone alike.
  if (!user.id) throw new Error('handleDeskApi needs a signed-in user');
  return Promise.resolve(
    new Response(JSON.stringify({ error: `No desk API at ${new URL(request.url).pathname} yet.` }), {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }),
  );
}
