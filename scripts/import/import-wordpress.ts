/**
 * `npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads>] [--sections <map.yaml>] [--skip-check]`
 * Imports a WordPress export into the content folder (CONTENT_DIR, or content/) and prints the
 * import report: what was written, what was skipped, and every part of a post that could not be
 * converted, by post and line of the export. Then it runs the content check and names every
 * imported file that does not pass, and why (exit code 1). docs/MIGRATING.md walks through a whole move.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

import { contentDir, publicDir } from '../../lib/paths';
import { formatProblem } from '../../lib/source/problem';
import { validateContent } from '../../lib/validation/validate-content';
import { importWordPress } from './wordpress/import';
import { readRedirectTable } from './wordpress/redirect-table';
import { formatReport } from './wordpress/report';

const usage =
  'usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--sections <map.yaml>] [--skip-check]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { uploads: { type: 'string' }, sections: { type: 'string' }, 'skip-check': { type: 'boolean' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [exportFile] = parsed.positionals;
if (!exportFile || parsed.positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
const started = performance.now();
try {
  const report = await importWordPress({
    exportFile,
    contentDir: contentDir(),
    publicDir: publicDir(),
    uploadsDir: parsed.values.uploads,
    sectionsFile: parsed.values.sections,
  });
  console.log(formatReport(report));
  console.log(`\nImported in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (parsed.values['skip-check']) {
    console.log('Content check skipped (--skip-check): run npm run check:content before building.');
  } else {
    // The same check the build runs first; only the problems of files this import wrote are its own.
    const root = process.cwd();
    const imported = new Set(
      Object.values(readRedirectTable(contentDir()).imported).map((file) =>
        path.relative(root, path.join(contentDir(), file)),
      ),
    );
    const { problems } = await validateContent({ contentDir: contentDir(), publicDir: publicDir(), rootDir: root });
    const ours = problems.filter((problem) => imported.has(problem.file));
    if (ours.length === 0) {
      console.log(`Content check: every imported file passes (${imported.size} files).`);
    } else {
      const files = new Set(ours.map((problem) => problem.file)).size;
      console.log(`Content check: ${files} imported file${files === 1 ? '' : 's'} did not pass, and why:`);
      for (const problem of ours) console.log(`  ${formatProblem(problem)}`);
      process.exitCode = 1;
    }
    const others = problems.length - ours.length;
    if (others > 0)
      console.log(
        `(${others} other problem${others === 1 ? '' : 's'} in files the import did not write: npm run check:content lists them.)`,
      );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
