/**
 * Preview links in the database (desk_preview_links, lib/db/migrations/050-desk-preview-links.ts):
 * made for one story by one person, listed on the story's page while they work, withdrawn there.
 * The address itself is signed (./signature.ts); the row is what can be revoked.
 */
import type { Database } from '../../db/connection';
import type { DeskPreviewLinkTable } from '../../db/schema';
import type { DeskUser } from '../roles';
import { newPreviewId } from './signature';

export interface PreviewLink {
  id: string;
  /** <year>/<slug>. */
  story: string;
  createdBy: { id: string; name: string };
  createdAt: string;
  /** ISO 8601, whole seconds: the expiry signed into the address. */
  expiresAt: string;
  revokedAt?: string;
}

type Row = DeskPreviewLinkTable;

const linkOf = (row: Row): PreviewLink => ({
  id: row.id,
  story: row.story,
  createdBy: { id: row.created_by, name: row.created_name },
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
});

/** Seconds since 1970 of an ISO time: what the address carries. */
export const expirySeconds = (link: Pick<PreviewLink, 'expiresAt'>) => Math.floor(Date.parse(link.expiresAt) / 1000);

/** The most live links one story lists; older ones still work until they expire. */
const LIST_LIMIT = 50;

export class PreviewLinkStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new link to `story` that works for `hours` from now (rounded down to the second). */
  async create(story: string, user: Pick<DeskUser, 'id' | 'name'>, hours: number): Promise<PreviewLink> {
    const now = this.now();
    const expires = Math.floor((now.getTime() + hours * 3_600_000) / 1000);
    const row: Row = {
      id: newPreviewId(),
      story,
      created_by: user.id,
      created_name: user.name,
      created_at: now.toISOString(),
      expires_at: new Date(expires * 1000).toISOString(),
      revoked_at: null,
    };
    await this.database.db.insertInto('desk_preview_links').values(row).execute();
    return linkOf(row);
  }

  async find(id: string): Promise<PreviewLink | undefined> {
    const row = await this.database.db
      .selectFrom('desk_preview_links')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && linkOf(row);
  }

  /** The story's links that still work (neither revoked nor expired), the newest first. */
  async live(story: string): Promise<PreviewLink[]> {
    const rows = await this.database.db
      .selectFrom('desk_preview_links')
      .selectAll()
      .where('story', '=', story)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', this.now().toISOString())
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(LIST_LIMIT)
      .execute();
    return rows.map(linkOf);
  }

  /** Withdraws one of the story's links; false when there is no such link of that story. Idempotent. */
  async revoke(story: string, id: string): Promise<boolean> {
    const link = await this.find(id);
    if (link?.story !== story) return false;
    if (!link.revokedAt)
      await this.database.db
        .updateTable('desk_preview_links')
        .set({ revoked_at: this.now().toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    return true;
  }
}
