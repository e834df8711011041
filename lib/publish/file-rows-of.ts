/**
 * The manifest's questions (./file-rows.ts FileRows) answered from records in memory, as the
 * database would answer them: what the unit tests of ./changes.ts and ./isolate.ts hand a
 * publish's check without a database.
 */
import type { FileRecord } from '../validation/model';
import type { FileRows } from './file-rows';

export function fileRowsOf(all: readonly FileRecord[]): FileRows {
  let read = 0;
  const pick = (test: (record: FileRecord) => boolean) => {
    const found = all.filter(test);
    read += found.length;
    return Promise.resolve(found);
  };
  const isStory = (record: FileRecord) => record.kind === 'article' || record.kind === 'live';
  return {
    get read() {
      return read;
    },
    async at(paths) {
      const wanted = new Set(paths);
      return new Map((await pick((record) => wanted.has(record.path))).map((record) => [record.path, record]));
    },
    naming(slugs) {
      const wanted = new Set(slugs);
      return pick((record) => (record.alsoRead ?? []).some((slug) => wanted.has(slug)));
    },
    storiesWithSlugs(slugs) {
      const wanted = new Set(slugs);
      return pick((record) => isStory(record) && wanted.has(record.slug));
    },
    shared: () => pick((record) => !isStory(record) && record.kind !== 'post'),
    blogFiles: (blog) => pick((record) => record.path.startsWith(`${blog}/`)),
    datedBetween(from, to) {
      return pick((record) => {
        if (!isStory(record) || record.draft === true || record.date === undefined) return false;
        const at = Date.parse(record.date);
        return at > from && at <= to;
      });
    },
    stats() {
      read += all.length;
      return Promise.resolve(
        new Map(all.map((record) => [record.path, { size: record.size, mtimeMs: record.mtimeMs }])),
      );
    },
  };
}
