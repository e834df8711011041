/**
 * `npm run check:content`: validates every content file and prints every problem at once as
 * `path:line: field: what is wrong — how to fix`. Exits 1 when anything is wrong, so the build
 * (and a pre-commit hook) stops before a broken or incomplete site is made.
 */
import path from 'node:path';

import { cachedBodyChecker } from '../../lib/build/body-cache';
import { writePendingManifest } from '../../lib/build/manifest';
import { parallelFileChecks } from '../../lib/build/parallel-check';
import { statusDir, writeContentStatus } from '../../lib/dev/content-status';
import { formatDateTime } from '../../lib/format';
import { contentDir as contentFolder, publicDir as publicFolder } from '../../lib/paths';
import { start as startProgress } from '../../lib/progress';
import { describeHeldBack } from '../../lib/source/held-back';
import { formatProblem } from '../../lib/source/problem';
import { validateContent } from '../../lib/validation/validate-content';

const root = process.cwd();
const contentDir = contentFolder();
const publicDir = publicFolder();

const started = performance.now();
// Bodies unchanged since the last check are not compiled again (lib/build/body-cache.ts).
const bodies = cachedBodyChecker(path.join(root, '.contentlayer/dateline/check-cache.json'), root);
const { problems, counts, files, held } = await validateContent({
  contentDir,
  publicDir,
  rootDir: root,
  checkBody: bodies.check,
  // Each file's fields and body over every core (DATELINE_CHECK_WORKERS); on 100,000 stories
  // this is still minutes (lib/progress.ts, on stderr).
  checkFiles: parallelFileChecks({ bodies }),
  progress: (total) => startProgress('Checking content', total),
});
bodies.save();
const took = Math.round(performance.now() - started);
// The development page shows the latest verdict; a build needs the file to exist.
writeContentStatus(statusDir(root), { problems: problems.map(formatProblem) });
const summary = `${counts.article} articles, ${counts.live} live blogs (${counts.post} posts), ${counts.author} authors, ${counts.section} sections, ${counts.page} pages`;

if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(
    `\nContent check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${summary}). Nothing was built.`,
  );
  process.exit(1);
}
console.log(`Content check passed: ${summary} in ${took} ms.`);
// What `npm run publish` compares against later; the store writer makes it current (lib/build/manifest.ts).
writePendingManifest(contentDir, files);
// The build runs this first, so its log says which stories readers will not see yet, and when
// (from the frontmatter the validator parsed: docs/decisions/026).
const inProject = held.map((story) => ({ ...story, file: path.relative(root, path.join(contentDir, story.file)) }));
for (const line of describeHeldBack(inProject, formatDateTime)) console.log(line);
