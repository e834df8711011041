import { describe } from 'vitest';

import { scratchSqlite } from '../../db/scratch-database';
import { reviewStoreChecks } from './store-checks';

describe('the review store on SQLite', () => {
  reviewStoreChecks(() => scratchSqlite('review'));
});
