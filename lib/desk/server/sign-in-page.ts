/**
 * The desk's sign-in page: plain server-rendered HTML, no script, one form that works with a
 * keyboard and a screen reader (labels, the error said in words and tied to the form).
 */
import { pagePolicy } from './headers';

export const SIGN_IN_CSS = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;background:#f6f6f4;color:#111}
main{max-width:24rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #ddd;border-radius:.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-top:1rem}
input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:.25rem}
button{margin-top:1.5rem;font:inherit;padding:.5rem 1.25rem;background:#0b3d91;color:#fff;border:0;border-radius:.25rem}
[role=alert]{background:#fdecea;border:1px solid #b3261e;color:#5f1411;padding:.75rem;border-radius:.25rem}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function signInPage({ next, email = '', error }: { next: string; email?: string; error?: string }): string {
  const alert = error ? `<p role="alert" id="sign-in-error">${escapeHtml(error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${error ? 'Sign-in failed — ' : ''}Sign in — Dateline desk</title>
<style>${SIGN_IN_CSS}</style>
</head>
<body>
<main>
<h1>Sign in to the desk</h1>
${alert}
<form method="post" action="/desk/sign-in"${error ? ' aria-describedby="sign-in-error"' : ''}>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}

export const SIGN_IN_POLICY = pagePolicy([SIGN_IN_CSS]);

/** A one-paragraph page for answers a person may see (the editor not built, a refusal). */
export function messagePage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} — Dateline desk</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>
`;
}
