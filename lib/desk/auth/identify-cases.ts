/**
 * What identify and the account commands must do, run by identify.test.ts on SQLite and by
 * identify.postgres.test.ts on PostgreSQL: Better Auth's own tables and the desk's token table
 * behave the same on both (a newsroom that moves to PostgreSQL keeps every refusal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addUser, newToken, revokeUserTokens } from '../cli/users';
import { CLIENT_IP_HEADER, SIGN_IN_ATTEMPTS } from './auth';
import { type DeskContext, openDeskContext } from './desk-context';
import { bearerToken, identifyWith } from './identify';

const ORIGIN = 'http://127.0.0.1:4409';

/** The cases, on the database `open` gives: its DATABASE_URL and the folder the desk runs in. */
export function identifyCases(open: () => { databaseUrl: string; root: string }) {
  let context: DeskContext;

  beforeAll(async () => {
    const { databaseUrl, root } = open();
    context = await openDeskContext({ DATABASE_URL: databaseUrl, DESK_URL: ORIGIN }, root);
    await addUser(context, {
      email: 'rita@example.org',
      name: 'Rita Reporter',
      role: 'reporter',
      password: 'rita-long-password',
    });
    await addUser(context, {
      email: 'ed@example.org',
      name: 'Ed Editor',
      role: 'editor',
      password: 'ed-long-password',
    });
  });

  afterAll(async () => {
    await context.database.close();
  });

  const request = (headers: Record<string, string>) => new Request(`${ORIGIN}/api/desk/stories`, { headers });

  async function sessionCookie(email: string, password: string): Promise<string> {
    const answer = await context.auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, [CLIENT_IP_HEADER]: '127.0.0.9' },
        body: JSON.stringify({ email, password }),
      }),
    );
    expect(answer.status).toBe(200);
    return answer.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
  }

  describe('identify', () => {
    it('knows a person by their session cookie, with the role the account was given', async () => {
      const cookie = await sessionCookie('rita@example.org', 'rita-long-password');
      expect(await identifyWith(context, request({ cookie }))).toMatchObject({
        email: 'rita@example.org',
        name: 'Rita Reporter',
        role: 'reporter',
      });
    });

    it('knows a tool by its Bearer token, as the person the token was issued to', async () => {
      const token = await newToken(context, 'ed@example.org');
      expect(token).toMatch(/^dlt_[A-Za-z0-9_-]{43}$/);
      expect(await identifyWith(context, request({ authorization: `Bearer ${token}` }))).toMatchObject({
        email: 'ed@example.org',
        role: 'editor',
      });
    });

    it('stores only a hash of a token, never the token', async () => {
      const token = await newToken(context, 'ed@example.org');
      const rows = await context.database.db.selectFrom('desk_token').select('token_hash').execute();
      expect(rows.some((row) => row.token_hash === token)).toBe(false);
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    });

    it('knows nobody by a revoked, unknown or malformed token, or an Authorization of another kind', async () => {
      const token = await newToken(context, 'rita@example.org');
      expect(await revokeUserTokens(context, 'rita@example.org')).toBeGreaterThan(0);
      for (const authorization of [
        `Bearer ${token}`,
        `Bearer dlt_${'A'.repeat(43)}`,
        'Bearer nonsense',
        'Basic cml0YTpwYXNz',
        'Bearer',
      ])
        expect(await identifyWith(context, request({ authorization }))).toBeNull();
    });

    it('does not let a cookie rescue a bad token', async () => {
      const cookie = await sessionCookie('ed@example.org', 'ed-long-password');
      expect(await identifyWith(context, request({ cookie, authorization: 'Bearer wrong' }))).toBeNull();
    });

    it('knows nobody without credentials, or with a made-up session cookie', async () => {
      expect(await identifyWith(context, request({}))).toBeNull();
      expect(await identifyWith(context, request({ cookie: 'dateline-desk.session_token=made.up' }))).toBeNull();
    });

    it('reads a Bearer header in any letter case, and tells "none" from "another kind"', () => {
      expect(bearerToken(new Headers({ authorization: 'bearer abc' }))).toBe('abc');
      expect(bearerToken(new Headers({ authorization: 'Basic abc' }))).toBe('');
      expect(bearerToken(new Headers())).toBeUndefined();
    });
  });

  describe('sign-in attempts', () => {
    it('refuses a sixth attempt within the minute from one address, even with the right password, and not another address', async () => {
      const attempt = (password: string, address: string) =>
        context.auth.handler(
          new Request(`${ORIGIN}/api/auth/sign-in/email`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: ORIGIN, [CLIENT_IP_HEADER]: address },
            body: JSON.stringify({ email: 'rita@example.org', password }),
          }),
        );
      const statuses = [];
      for (let i = 0; i < SIGN_IN_ATTEMPTS; i++)
        statuses.push((await attempt('wrong-password-guess', '127.0.0.77')).status);
      expect(statuses.every((status) => status === 401)).toBe(true);
      expect((await attempt('rita-long-password', '127.0.0.77')).status).toBe(429);
      expect((await attempt('rita-long-password', '127.0.0.78')).status).toBe(200);
    });
  });

  describe('desk:user refusals', () => {
    it('refuses a second account with the same email, and a token for nobody', async () => {
      await expect(
        addUser(context, { email: 'ed@example.org', name: 'Ed Again', role: 'admin', password: 'another-long-one' }),
      ).rejects.toThrow('ed@example.org already has an account');
      await expect(newToken(context, 'nobody@example.org')).rejects.toThrow(
        'nobody has the account nobody@example.org — make it first with desk:user add',
      );
    });
  });
}
