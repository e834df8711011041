/**
 * The publish options from the environment, as `npm run publish` and the desk both take them:
 * DATELINE_PUBLISH_SECRET (the secret the running server was started with), DATELINE_SERVERS
 * (every instance sharing one cache, comma-separated; the first is asked to revalidate for all)
 * or DATELINE_SERVER (default http://127.0.0.1:3000), CONTENT_DIR and PUBLIC_DIR (lib/paths),
 * and the search delta updater (lib/search), which writes to the database of DATABASE_URL
 * (lib/db/connection.ts), the one every instance reads the delta from.
 */
import { searchDocumentsFor } from '../content';
import { databaseLocation } from '../db/connection';
import { withDatabase } from '../db/process-database';
import { readEnv } from '../env';
import { contentDir, publicDir } from '../paths';
import { updateSearchDelta } from '../search/search-delta';
import { PublishError, type PublishOptions } from './publish';

type Env = Readonly<Record<string, string | undefined>>;

/** The reader servers: DATELINE_SERVERS, else DATELINE_SERVER (default http://127.0.0.1:3000). */
export function readerServers(env: Env = process.env): string[] {
  const servers = readEnv('DATELINE_SERVERS', env);
  return servers.length > 0 ? servers : [readEnv('DATELINE_SERVER', env)];
}

export function publishOptionsFromEnvironment(
  env: Env,
  output: Pick<PublishOptions, 'log' | 'warn'> & { root?: string },
): PublishOptions {
  const secret = readEnv('DATELINE_PUBLISH_SECRET', env);
  if (!secret) {
    throw new PublishError(
      'DATELINE_PUBLISH_SECRET is not set — set it to the secret the running server (npm start) was started with.',
    );
  }
  const [server = readEnv('DATELINE_SERVER', env), ...otherServers] = readerServers(env);
  const root = output.root ?? process.cwd();
  return {
    root,
    contentDir: contentDir(env),
    publicDir: publicDir(env),
    server,
    otherServers,
    secret,
    log: output.log,
    warn: output.warn,
    // Every story changed since the last full build, from the store the publish just wrote.
    updateSearch: ({ upsert, remove }) =>
      withDatabase(
        async (database) =>
          updateSearchDelta(database, {
            upsert: await searchDocumentsFor(upsert.map((url) => url.split('/').pop() ?? '')),
            remove,
          }),
        databaseLocation(env, root),
      ),
  };
}
