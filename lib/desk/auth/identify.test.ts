import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe } from 'vitest';

import { identifyCases } from './identify-cases';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-identify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('on SQLite', () => {
  identifyCases(() => ({ databaseUrl: `file:${path.join(dir, 'desk.sqlite')}`, root: dir }));
});
