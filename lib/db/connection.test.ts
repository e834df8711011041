import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { databaseLocation, openDatabase } from './connection';
import { migrate } from './migrate';

describe('databaseLocation', () => {
  it('is the SQLite file under .dateline/ when DATABASE_URL is not set', () => {
    expect(databaseLocation({}, '/srv/site')).toEqual({
      dialect: 'sqlite',
      target: '/srv/site/.dateline/dateline.sqlite',
    });
  });

  it('is PostgreSQL for a postgres:// or postgresql:// URL', () => {
    expect(databaseLocation({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/news' }).dialect).toBe('postgres');
    expect(databaseLocation({ DATABASE_URL: 'postgresql://127.0.0.1/news' }).dialect).toBe('postgres');
  });

  it('takes file: and plain paths as SQLite files relative to the project', () => {
    expect(databaseLocation({ DATABASE_URL: 'file:data/desk.sqlite' }, '/srv/site').target).toBe(
      '/srv/site/data/desk.sqlite',
    );
  });

  it('refuses a database it does not speak, saying what to write instead', () => {
    expect(() => databaseLocation({ DATABASE_URL: 'mysql://root@localhost/news' })).toThrow(
      /DATABASE_URL: "mysql:\/\/" is not a database Dateline speaks — use postgres:\/\//,
    );
  });
});

describe('migrate on SQLite', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the tables once; a second run does nothing', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dateline-db-'));
    const database = openDatabase({ dialect: 'sqlite', target: path.join(dir, 'x.sqlite') });
    try {
      expect(await migrate(database)).toContain('001-meta');
      expect(await migrate(database)).toEqual([]);
      await database.db.insertInto('dateline_meta').values({ note: 'first' }).execute();
      await database.db.insertInto('dateline_meta').values({ note: 'second' }).execute();
      const rows = await database.db.selectFrom('dateline_meta').selectAll().orderBy('id').execute();
      expect(rows).toEqual([
        { id: 1, note: 'first' },
        { id: 2, note: 'second' },
      ]);
    } finally {
      await database.close();
    }
  });
});
