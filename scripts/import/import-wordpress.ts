/**
 * `npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads>] [--sections <map.yaml>]`
 * Imports a WordPress export into the content folder (CONTENT_DIR, or content/) and prints the
 * import report: what was written, what was skipped, and every part of a post that could not be
 * converted, by post and line of the export. docs/MIGRATING.md walks through a whole move.
 */
import { parseArgs } from 'node:util';

import { contentDir, publicDir } from '../../lib/paths';
import { importWordPress } from './wordpress/import';
import { formatReport } from './wordpress/report';

const usage =
  'usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--sections <map.yaml>]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { uploads: { type: 'string' }, sections: { type: 'string' } },
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
  console.log(`\nImported in ${((performance.now() - started) / 1000).toFixed(1)} s. Next: npm run check:content`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
