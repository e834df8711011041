/**
 * Who is asking: a person by the desk's session cookie, or a newsroom tool by
 * `Authorization: Bearer <token>`. A request that sends an Authorization header is judged by it
 * alone (a bad token is not rescued by a cookie), so a tool never rides on a browser session.
 */
import type { DeskUser } from '../roles';
import { isRole, type Role } from '../roles';
import { type DeskContext, deskContext } from './desk-context';
import { tokenOwner } from './tokens';

interface StoredUser {
  id: string;
  email: string;
  name: string;
  role?: string | null;
  banned?: boolean | null;
}

function asDeskUser(user: StoredUser | null | undefined): DeskUser | null {
  if (!user || user.banned) return null;
  const role: Role | undefined = isRole(user.role) ? user.role : undefined;
  // A user whose role is not one of the desk's (edited by hand in the database) gets nothing.
  return role ? { id: user.id, email: user.email, name: user.name, role } : null;
}

/** The bearer token of an Authorization header, '' for a header of another kind, undefined for none. */
export function bearerToken(headers: Headers): string | undefined {
  const value = headers.get('authorization');
  if (value === null) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(value);
  return match?.[1] ?? '';
}

export async function identifyWith(context: DeskContext, request: Request): Promise<DeskUser | null> {
  const token = bearerToken(request.headers);
  if (token !== undefined) {
    const userId = token ? await tokenOwner(context.database.db, token) : undefined;
    if (!userId) return null;
    const internal = (await context.auth.$context).internalAdapter;
    return asDeskUser(await internal.findUserById(userId));
  }
  if (!request.headers.get('cookie')) return null;
  const session = await context.auth.api.getSession({ headers: request.headers });
  return asDeskUser(session?.user);
}

/** The entry point the desk's gate calls (lib/desk/server/gate.ts): identify with the running desk's context. */
export function identify(request: Request): Promise<DeskUser | null> {
  return identifyWith(deskContext(), request);
}
