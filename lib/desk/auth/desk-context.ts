/**
 * What the desk's parts share in one process: the database, Better Auth on it, the settings.
 * Opened once (the desk server, `npm run desk:user`), with every migration run first.
 */
import { type Database, databaseLocation, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { createDeskAuth, type DeskAuth, migrateAuth } from './auth';
import { type DeskSettings, deskSettings } from './settings';

export interface DeskContext {
  database: Database;
  auth: DeskAuth;
  settings: DeskSettings;
}

export async function openDeskContext(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root = process.cwd(),
): Promise<DeskContext> {
  const settings = deskSettings(env, root);
  const database = openDatabase(databaseLocation(env, root));
  try {
    await migrate(database);
    await migrateAuth(database, settings);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { database, auth: createDeskAuth(database, settings), settings };
}

let current: DeskContext | undefined;

/** The process's desk context, for code that has only a Request (identify). Set by the desk server. */
export function setDeskContext(context: DeskContext | undefined) {
  current = context;
}

export function deskContext(): DeskContext {
  if (!current) throw new Error('the desk is not started: call setDeskContext(await openDeskContext()) first');
  return current;
}
