/**
 * The publish options from the environment, as `npm run publish` and the desk both take them:
 * DATELINE_PUBLISH_SECRET (the secret the running server was started with), DATELINE_SERVERS
 * (every instance sharing one cache, comma-separated; the first is asked to revalidate for all)
 * or DATELINE_SERVER (default http://127.0.0.1:3000), CONTENT_DIR and PUBLIC_DIR (lib/paths),
 * and the search delta updater (lib/search).
 */
import { searchDocumentsFor } from '../content';
import { contentDir, publicDir } from '../paths';
import { updateSearchDelta } from '../search/search-delta';
import { PublishError, type PublishOptions } from './publish';

export function publishOptionsFromEnvironment(
  env: NodeJS.ProcessEnv,
  output: Pick<PublishOptions, 'log' | 'warn'> & { root?: string },
): PublishOptions {
  const secret = env.DATELINE_PUBLISH_SECRET;
  if (!secret) {
    throw new PublishError(
      'DATELINE_PUBLISH_SECRET is not set — set it to the secret the running server (npm start) was started with.',
    );
  }
  const [server = 'http://127.0.0.1:3000', ...otherServers] = (env.DATELINE_SERVERS ?? env.DATELINE_SERVER ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return {
    root: output.root ?? process.cwd(),
    contentDir: contentDir(),
    publicDir: publicDir(),
    server,
    otherServers,
    secret,
    log: output.log,
    warn: output.warn,
    // Every story changed since the last full build, from the store the publish just wrote.
    updateSearch: ({ upsert, remove }) =>
      updateSearchDelta({ upsert: searchDocumentsFor(upsert.map((url) => url.split('/').pop() ?? '')), remove }),
  };
}
