import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe } from 'vitest';

import { openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { previewStoreChecks } from './store-checks';

describe('preview links on SQLite', () => {
  previewStoreChecks(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dateline-preview-'));
    const database = openDatabase({ dialect: 'sqlite', target: path.join(dir, 'desk.sqlite') });
    await migrate(database);
    return {
      database,
      async done() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
