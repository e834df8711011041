/**
 * Better Auth for the desk (docs/decisions/039): email and password accounts, the admin
 * plugin's `role` on each user, sessions in the database, sign-in attempts rate-limited in the
 * database (so a restart does not reset the count), no telemetry. Its HTTP handler is never
 * exposed: the desk's own routes (lib/desk/server) call it with requests they have checked.
 */
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { admin } from 'better-auth/plugins/admin';

import type { Database } from '../../db/connection';
import type { DeskSettings } from './settings';

/** Set by the desk server from the socket, replacing anything a client sent; the rate limit keys on it. */
export const CLIENT_IP_HEADER = 'x-dateline-desk-client';
/** Sign-in attempts allowed per client address in SIGN_IN_WINDOW_SECONDS. */
export const SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_WINDOW_SECONDS = 60;
export const MIN_PASSWORD_LENGTH = 10;
export const AUTH_BASE_PATH = '/api/auth';

export function deskAuthOptions(database: Database, settings: Pick<DeskSettings, 'origin' | 'https' | 'secret'>) {
  return {
    appName: 'Dateline desk',
    baseURL: settings.origin,
    basePath: AUTH_BASE_PATH,
    secret: settings.secret,
    trustedOrigins: [settings.origin],
    database: { dialect: database.kyselyDialect, type: database.dialect },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (`npm run desk:user -- add`), never by a visitor.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    // The admin plugin keeps `role` on each user; what each role may do is lib/desk/roles.ts.
    plugins: [admin({ defaultRole: 'reporter', adminRoles: ['admin'] })],
    rateLimit: {
      enabled: true,
      storage: 'database' as const,
      window: SIGN_IN_WINDOW_SECONDS,
      max: 100,
      customRules: { '/sign-in/email': { window: SIGN_IN_WINDOW_SECONDS, max: SIGN_IN_ATTEMPTS } },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: 'dateline-desk',
      useSecureCookies: settings.https,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' as const, path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
  };
}

export function createDeskAuth(database: Database, settings: Pick<DeskSettings, 'origin' | 'https' | 'secret'>) {
  // Never report usage anywhere, whatever the library's default becomes.
  process.env.BETTER_AUTH_TELEMETRY = '0';
  return betterAuth(deskAuthOptions(database, settings));
}

export type DeskAuth = ReturnType<typeof createDeskAuth>;

/** Creates or updates Better Auth's own tables (user, session, account, verification, rateLimit). */
export async function migrateAuth(database: Database, settings: Pick<DeskSettings, 'origin' | 'https' | 'secret'>) {
  process.env.BETTER_AUTH_TELEMETRY = '0';
  const { runMigrations } = await getMigrations(deskAuthOptions(database, settings));
  await runMigrations();
}
