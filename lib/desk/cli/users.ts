/**
 * What `npm run desk:user` does, on an open desk context: make an account, issue or revoke tokens.
 * Refusals are Errors with the message the terminal shows.
 */
import type { DeskContext } from '../auth/desk-context';
import { issueToken, revokeTokens } from '../auth/tokens';
import type { Role } from '../roles';

export async function addUser(
  context: DeskContext,
  user: { email: string; name: string; role: Role; password: string },
): Promise<{ id: string }> {
  const auth = await context.auth.$context;
  if (await auth.internalAdapter.findUserByEmail(user.email))
    throw new Error(`desk:user add: ${user.email} already has an account — choose another email, or leave it as it is`);
  // What the admin plugin's createUser does, through the library's own adapter and password
  // hashing; its typed endpoint knows only its default roles (admin, user), not the desk's.
  const created = await auth.internalAdapter.createUser(
    {
      email: user.email,
      name: user.name,
      emailVerified: true,
      role: user.role,
    },
    { method: 'admin' },
  );
  await auth.internalAdapter.linkAccount({
    userId: created.id,
    providerId: 'credential',
    accountId: created.id,
    password: await auth.password.hash(user.password),
  });
  return { id: created.id };
}

async function userIdOf(context: DeskContext, email: string, command: string): Promise<string> {
  const found = await (await context.auth.$context).internalAdapter.findUserByEmail(email);
  if (!found)
    throw new Error(
      `desk:user ${command}: nobody has the account ${email} — make it first with desk:user add ${email} …`,
    );
  return found.user.id;
}

export async function newToken(context: DeskContext, email: string): Promise<string> {
  return issueToken(context.database.db, await userIdOf(context, email, 'token'));
}

export async function revokeUserTokens(context: DeskContext, email: string): Promise<number> {
  return revokeTokens(context.database.db, await userIdOf(context, email, 'revoke-tokens'));
}
