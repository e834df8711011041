/**
 * `npm run publish`: the newsroom's publish command (lib/publish/publish.ts). Run it in the
 * project a running `npm start` serves, with the same DATELINE_PUBLISH_SECRET and CONTENT_DIR;
 * DATELINE_SERVER says where that server listens (default http://127.0.0.1:3000). With several
 * instances sharing one cache (REDIS_URL), DATELINE_SERVERS lists them all, comma-separated: each
 * must read the new content store, and the first is asked to revalidate for all
 * (lib/publish/from-environment.ts, shared with the desk).
 *
 * `npm run publish -- <file> [<file>…]` looks at the named files only (paths inside the content
 * folder or relative to the project; lib/publish/named-files.ts): nothing lists the content
 * folder, so it takes the same time on any archive. Without names the whole folder is compared
 * with the manifest in the database.
 *
 * A file with a problem is refused and every other change goes out (lib/publish/isolate.ts).
 * Exit codes: 0 published or nothing to publish; 1 some file was refused (the rest was
 * published; the messages say which); 2 publishing failed (the message says what was and was
 * not done).
 */
import { readEnv } from '../../lib/env';
import { publishOptionsFromEnvironment } from '../../lib/publish/from-environment';
import { namedFiles } from '../../lib/publish/named-files';
import { publish, PublishError } from '../../lib/publish/publish';
import { TypingDaemon } from '../../lib/publish/typing-daemon';
import { formatProblem } from '../../lib/source/problem';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const options = publishOptionsFromEnvironment(process.env, {
  log: (line) => console.log(line),
  warn: (line) => console.error(line),
});
const names = process.argv.slice(2);
let changedPaths: string[] | undefined;
try {
  changedPaths = names.length > 0 ? namedFiles(names, options) : undefined;
} catch (error) {
  console.error(`Publish failed: ${(error as Error).message}`);
  process.exit(2);
}

// Contentlayer stays loaded between publishes in a daemon of the project's (docs/decisions/057),
// unless DATELINE_TYPING_WORKER=off asks for a process of its own each time.
const typingWorker = readEnv('DATELINE_TYPING_WORKER') === 'off' ? undefined : new TypingDaemon(options);

try {
  const result = await publish({ ...options, typingWorker, ...(changedPaths ? { changedPaths } : {}) });
  if (result.status === 'nothing' && result.refused.length === 0) {
    console.log('Nothing to publish: no story changed since the last build or publish.');
  }
  if (result.status === 'published') {
    for (const url of result.added) console.log(`  published ${url}`);
    for (const url of result.updated) console.log(`  updated   ${url}`);
    for (const url of result.removed) console.log(`  removed   ${url}`);
  }
  if (result.refused.length > 0) {
    const problems = result.refused.flatMap((file) => file.problems);
    console.error(problems.map(formatProblem).join('\n'));
    console.error(
      `\nPublish refused ${plural(result.refused.length, 'file')} (${plural(problems.length, 'problem')}): ` +
        `${result.refused.map((file) => file.file).join(', ')}. ` +
        (result.status === 'published'
          ? 'Everything else was published; the refused files stay as the site had them.'
          : 'Nothing was changed; the site is as it was.'),
    );
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  console.error(`Publish failed: ${error.message}`);
  process.exit(2);
}
