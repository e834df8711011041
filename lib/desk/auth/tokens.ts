/**
 * API tokens for newsroom tools (`Authorization: Bearer <token>`, docs/EDITING.md). A token is
 * 32 random bytes shown once by `npm run desk:user -- token`; the database keeps its SHA-256
 * only. Our own table rather than Better Auth's API-key plugin: see docs/decisions/039.
 */
import { createHash, randomBytes } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { DatabaseSchema } from '../../db/schema';

/** Every token starts with this, so a leaked one is easy to recognise in logs and scanners. */
export const TOKEN_PREFIX = 'dlt_';
const TOKEN_SHAPE = /^dlt_[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export const isTokenShaped = (token: string) => TOKEN_SHAPE.test(token);

/** Makes a new token for `userId` and returns it; only its hash is stored. */
export async function issueToken(db: Kysely<DatabaseSchema>, userId: string, now = new Date()): Promise<string> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('desk_token')
    .values({ user_id: userId, token_hash: hashToken(token), created_at: now.toISOString(), revoked_at: null })
    .execute();
  return token;
}

/** The user id a live token belongs to, or undefined for an unknown, malformed or revoked one. */
export async function tokenOwner(db: Kysely<DatabaseSchema>, token: string): Promise<string | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const row = await db
    .selectFrom('desk_token')
    .select(['user_id'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.user_id;
}

/** Revokes every live token of `userId`; returns how many were live. */
export async function revokeTokens(db: Kysely<DatabaseSchema>, userId: string, now = new Date()): Promise<number> {
  const result = await db
    .updateTable('desk_token')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
