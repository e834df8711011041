/**
 * The live content check keeps up with an editor: 30 saves of every kind an editor, an editor
 * program or git makes (in place, by renaming a new file over the old one, a new file, a
 * deleted file, a picture added, removed and replaced), each followed by the check's verdict.
 * Node's recursive fs.watch, which this replaced, went quiet after a couple of renames.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type CheckResult, type ContentWatcher, watchContent } from './content-watcher';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const STORY = 'articles/2026/restored-pier-reopens-after-six-years.mdx';
const NEW_STORY = 'articles/2026/watcher-test-new-story.mdx';
const PICTURE = 'images/articles/restored-pier-reopens-after-six-years.jpg';

let root: string;
let watcher: ContentWatcher | undefined;
const results: CheckResult[] = [];
let original: string;
let picture: Buffer;

const content = (file: string) => path.join(root, 'content', file);
const pub = (file: string) => path.join(root, 'public', file);

/** How editors save. */
const saves = {
  inPlace: (file: string, text: string) => writeFileSync(file, text),
  /** Write a new file beside it, then rename it over the old one (vim, many editors, atomic writers). */
  byRename: (file: string, text: string) => {
    const temp = path.join(root, 'scratch', `${path.basename(file)}.${results.length}.tmp`);
    writeFileSync(temp, text);
    renameSync(temp, file);
  },
  /** Remove, then write again (git checkout of a changed file). */
  byGit: (file: string, text: string) => {
    unlinkSync(file);
    writeFileSync(file, text);
  },
};

const newStory = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndek: "A story written during the watcher test, to see a new file checked."\ndate: 2026-10-01T09:00:00+01:00\nsection: uk\nauthors: [grace-whitfield]\n${extra}---\nA short body for a new story.\n`;

/**
 * Waits for a check that started after the save and reports exactly these problems (each
 * expected entry is a piece of one problem's message, in order).
 */
async function expectVerdict(savedAt: number, expected: string[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const seen = results.filter((result) => result.startedAt >= savedAt).at(-1);
    const problems = seen?.problems ?? [];
    if (seen && problems.length === expected.length && expected.every((piece, i) => problems[i]?.includes(piece)))
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const after = results.filter((result) => result.startedAt >= savedAt);
  throw new Error(
    `No check after the save reported ${JSON.stringify(expected)}; checks since: ${JSON.stringify(after.map((r) => r.problems))}`,
  );
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-watch-'));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  cpSync(path.join(projectRoot, 'public', 'images'), path.join(root, 'public', 'images'), { recursive: true });
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'scratch'), { recursive: true });
  original = readFileSync(content(STORY), 'utf8');
  picture = readFileSync(pub(PICTURE));
  watcher = watchContent({
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
    rootDir: root,
    onCheck: (result) => results.push(result),
    onCrash: (error) => results.push({ problems: [`crash: ${String(error)}`], startedAt: Date.now() }),
  });
  await watcher.ready;
}, 60_000);

afterAll(async () => {
  await watcher?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

type Step = [name: string, change: () => void, expected: string[]];

const FEATURED = `content/${STORY}:15: featured: must be true or false`;
const SECTION = `content/${STORY}:5: section:`;
const NEW_SECTION = `content/${NEW_STORY}:5: section:`;
const PICTURE_GONE = `content/${STORY}:8: image.src:`;

const steps: Step[] = [
  ['edit the title in place', () => saves.inPlace(content(STORY), original.replace('Victorian pier', 'Pier')), []],
  [
    'break a field in place',
    () => saves.inPlace(content(STORY), original.replace('pick: true', 'pick: true\nfeatured: "yes"')),
    [FEATURED],
  ],
  ['fix it in place', () => saves.inPlace(content(STORY), original), []],
  [
    'break it by rename',
    () => saves.byRename(content(STORY), original.replace('section: uk', 'section: sport')),
    [SECTION],
  ],
  ['fix it by rename', () => saves.byRename(content(STORY), original), []],
  [
    'break it by rename again',
    () => saves.byRename(content(STORY), original.replace('pick: true', 'pick: true\nfeatured: "yes"')),
    [FEATURED],
  ],
  ['fix it by rename again', () => saves.byRename(content(STORY), original), []],
  [
    'break it as git checkout does',
    () => saves.byGit(content(STORY), original.replace('section: uk', 'section: sport')),
    [SECTION],
  ],
  ['fix it as git checkout does', () => saves.byGit(content(STORY), original), []],
  ['add a new story', () => saves.inPlace(content(NEW_STORY), newStory('A new story')), []],
  [
    'break the new story by rename',
    () => saves.byRename(content(NEW_STORY), newStory('A new story').replace('section: uk', 'section: sport')),
    [NEW_SECTION],
  ],
  ['delete the broken new story', () => unlinkSync(content(NEW_STORY)), []],
  [
    'add it back already broken',
    () => saves.byRename(content(NEW_STORY), newStory('Back again').replace('section: uk', 'section: sport')),
    [NEW_SECTION],
  ],
  [
    'break the old story too',
    () => saves.inPlace(content(STORY), original.replace('section: uk', 'section: sport')),
    [SECTION, NEW_SECTION],
  ],
  ['fix the new story', () => saves.inPlace(content(NEW_STORY), newStory('Back again')), [SECTION]],
  ['fix the old story', () => saves.byRename(content(STORY), original), []],
  // The sample live blog (content/live/2026/storm-orla-live) shows the same picture: both are reported.
  [
    'remove its picture',
    () => unlinkSync(pub(PICTURE)),
    [PICTURE_GONE, 'content/live/2026/storm-orla-live/index.mdx:'],
  ],
  ['put the picture back', () => writeFileSync(pub(PICTURE), picture), []],
  [
    'replace the picture by rename',
    () => {
      writeFileSync(path.join(root, 'scratch', 'p.jpg'), picture);
      renameSync(path.join(root, 'scratch', 'p.jpg'), pub(PICTURE));
    },
    [],
  ],
  [
    'point the story at a new picture that is not there',
    () =>
      saves.inPlace(content(STORY), original.replace('/restored-pier-reopens-after-six-years.jpg', '/pier-new.jpg')),
    [PICTURE_GONE],
  ],
  ['add that picture', () => writeFileSync(pub('images/articles/pier-new.jpg'), picture), []],
  ['delete the new picture', () => unlinkSync(pub('images/articles/pier-new.jpg')), [PICTURE_GONE]],
  ['point the story back at its own picture', () => saves.byGit(content(STORY), original), []],
  [
    'break it in place',
    () => saves.inPlace(content(STORY), original.replace('pick: true', 'pick: true\nfeatured: "yes"')),
    [FEATURED],
  ],
  ['fix it in place', () => saves.inPlace(content(STORY), original), []],
  [
    'break it by rename',
    () => saves.byRename(content(STORY), original.replace('section: uk', 'section: sport')),
    [SECTION],
  ],
  ['fix it as git checkout does', () => saves.byGit(content(STORY), original), []],
  ['delete the new story', () => unlinkSync(content(NEW_STORY)), []],
  [
    'break it once more by rename',
    () => saves.byRename(content(STORY), original.replace('pick: true', 'pick: true\nfeatured: "yes"')),
    [FEATURED],
  ],
  ['fix it for the last time', () => saves.byRename(content(STORY), original), []],
];

describe('the live content check (npm run dev)', () => {
  it('starts with a clean verdict on the sample content', () => {
    expect(results.at(-1)?.problems).toEqual([]);
  });

  it('has 30 saves to make', () => expect(steps).toHaveLength(30));

  for (const [index, [name, change, expected]] of steps.entries()) {
    it(`save ${index + 1}: ${name}`, async () => {
      // A separate millisecond from the previous check's start, so only a later check counts.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const savedAt = Date.now();
      change();
      await expectVerdict(savedAt, expected);
    }, 20_000);
  }
});
