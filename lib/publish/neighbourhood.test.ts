import { describe } from 'vitest';

import { scratchSqlite } from '../db/scratch-database';
import { neighbourhoodChecks } from './neighbourhood-checks';

describe('a publish’s check of its neighbourhood, read from SQLite', () => {
  neighbourhoodChecks(() => scratchSqlite('neighbourhood'));
});
