/**
 * The content store's read side on SQLite, the default database: every check in
 * test/content-store/, each test on a scratch file of its own.
 */
import { describe } from 'vitest';

import { equivalenceChecks } from '../../../test/content-store/equivalence-checks';
import { readerChecks } from '../../../test/content-store/reader-checks';
import { scratchSqlite } from '../../db/scratch-database';

describe('the content store read on SQLite', () => {
  readerChecks(() => scratchSqlite('content-read'));
});

describe('the content store read on SQLite answers as the in-memory indexes do', () => {
  equivalenceChecks(() => scratchSqlite('content-equivalence'), 24);
});
