import { describe } from 'vitest';

import { scratchSqlite } from '../../db/scratch-database';
import { previewStoreChecks } from './store-checks';

describe('preview links on SQLite', () => {
  previewStoreChecks(() => scratchSqlite('preview'));
});
