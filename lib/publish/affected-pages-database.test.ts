import { describe } from 'vitest';

import { scratchSqlite } from '../db/scratch-database';
import { affectedPagesChecks } from './affected-pages-checks';

describe('pages a publish renders again, read from SQLite', () => {
  affectedPagesChecks(() => scratchSqlite('affected-pages'));
});
