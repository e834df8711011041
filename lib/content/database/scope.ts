/**
 * Which stories a query sees. Readers see the listed ones (`listed = 1`: not a draft, not
 * embargoed when the row was written), and their counts come from content_lists. Development
 * preview (`next dev`) sees every story, drafts and embargoed ones marked on the page, and
 * counts them as it goes: a developer's archive, where a count(*) costs nothing that matters.
 */
import { showsUnpublished } from '../published';

export type Scope = 'published' | 'everything';

/** The scope of this process: everything under `next dev`, the published stories otherwise. */
export const requestScope = (): Scope => (showsUnpublished() ? 'everything' : 'published');
