// placeholder: replaced by the publishing branch
/** The desk's pages (/desk/*, not sign-in or sign-out), for a signed-in person; see DESK-CONTRACT. */
import type { DeskUser } from '../roles';

export function handleDeskPage(request: Request, user: DeskUser): Promise<Response> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found — Dateline desk</title></head><body><main><h1>Not found</h1><p>Signed in as ${user.email.replace(/[<>&"]/g, '')} (${user.role}). There is no desk page at ${new URL(request.url).pathname.replace(/[<>&"]/g, '')} yet.</p><form method="post" action="/desk/sign-out"><button type="submit">Sign out</button></form></main></body></html>`;
  return Promise.resolve(new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } }));
}
