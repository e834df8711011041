/** Server-rendered HTML for the desk's pages: escaped text, one layout, no client script. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML, with every character that could open markup or an attribute escaped. */
export const escape = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** A fragment of already-escaped HTML. */
export class Html {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

/** Tagged template: interpolated values are escaped unless they are Html (or arrays of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const part = (value: unknown): string =>
    value instanceof Html
      ? value.text
      : Array.isArray(value)
        ? value.map(part).join('')
        : value === undefined || value === null || value === false
          ? ''
          : escape(value);
  return new Html(strings.reduce((out, text, i) => out + text + (i < values.length ? part(values[i]) : ''), ''));
}

/**
 * A whole desk page. `refreshSeconds` reloads it by itself (no script: a meta refresh), for a
 * page that shows work still running, such as a publish that has not finished.
 */
export function page(title: string, body: Html, status = 200, refreshSeconds?: number): Response {
  const document = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        ${refreshSeconds ? html`<meta http-equiv="refresh" content="${String(refreshSeconds)}" />` : ''}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} · Dateline desk</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            margin: 0 auto;
            max-width: 60rem;
            padding: 1rem;
            color: #1a1a1a;
          }
          nav a {
            margin-right: 1rem;
          }
          table {
            border-collapse: collapse;
            width: 100%;
          }
          th,
          td {
            text-align: left;
            padding: 0.35rem 0.5rem;
            border-bottom: 1px solid #ddd;
            vertical-align: top;
          }
          .status {
            font-weight: 600;
          }
          .problem {
            color: #a00000;
          }
          .ok {
            color: #0a6b2d;
          }
          .note {
            background: #fff6d6;
            padding: 0.5rem;
          }
          form {
            display: inline-block;
            margin-right: 0.5rem;
          }
          button {
            font: inherit;
            padding: 0.3rem 0.9rem;
          }
          .review-form {
            display: block;
            margin: 0.5rem 0;
          }
          .review-form label {
            display: block;
          }
          textarea {
            font: inherit;
            width: 100%;
            box-sizing: border-box;
            margin-bottom: 0.4rem;
          }
          .review-note {
            white-space: pre-wrap;
            border-left: 3px solid #bbb;
            padding: 0.25rem 0.75rem;
            margin: 0.25rem 0 0.75rem;
          }
        </style>
      </head>
      <body>
        <nav aria-label="Desk">
          <a href="/desk">Stories</a><a href="/desk/review">Review</a><a href="/desk/schedule">Schedule</a
          ><a href="/desk/pushes">Pushes</a><a href="/keystatic">Editor</a>
          <form method="post" action="/desk/sign-out"><button type="submit">Sign out</button></form>
        </nav>
        <main>${body}</main>
      </body>
    </html>`;
  return new Response(document.text, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}
