import { describe } from 'vitest';

import { scratchSqlite } from '../db/scratch-database';
import { deltaStoreChecks } from './delta-store-checks';

describe('the search delta’s rows on SQLite', () => {
  deltaStoreChecks(() => scratchSqlite('search-delta'));
});
