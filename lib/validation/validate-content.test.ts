/**
 * Every catalogued editor mistake (test/oracles/mistakes.ts) gives its exact message, naming file, line,
 * field and fix; and a valid publication passes.
 */
import { describe, expect, it } from 'vitest';

import { article, FIRST, FIRST_FILE, MISTAKES, SECOND, validate, withFirst } from '../../test/oracles/mistakes';

describe('validateContent', () => {
  it('accepts a valid publication', async () => {
    expect(await validate()).toEqual([]);
  });

  it('accepts notes for editors in MDX comments', async () => {
    expect(await validate(withFirst(FIRST, '{/* check the figure with the port */}\n\nThe council met.'))).toEqual([]);
  });

  it("accepts every embed and a gallery written as the editors' guide shows", async () => {
    const body = [
      'Text.',
      '<YouTube id="aqz-KE-bpKQ" title="A video" />',
      '<Vimeo id="76979871" title="A video" />',
      '<XPost url="https://twitter.com/harbourcouncil/status/1862000000000000000" title="A post" />',
      '<BlueskyPost url="https://bsky.app/profile/did:plc:abc123xyz/post/3lcqzq2xkna2s" title="A post" />',
      '<MastodonPost url="https://mastodon.example/@council/113000000000000000" title="A post" />',
      '<InstagramPost url="https://instagram.com/reel/C1a2B3c4D5e" title="A reel" />',
      '<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" caption="At dusk" credit="Dateline" />\n  <Photo src="/images/harbour.jpg" alt="A quay" />\n</Gallery>',
    ].join('\n\n');
    expect(await validate(withFirst(FIRST, body))).toEqual([]);
  });

  it.each(MISTAKES)('reports $mistake', async ({ changes, expected }) => {
    const problems = await validate(changes);
    expect(
      problems.some((line) => line.startsWith(expected)),
      `expected a line starting with\n  ${expected}\ngot\n  ${problems.join('\n  ')}`,
    ).toBe(true);
  });

  it('reports every problem in every file at once', async () => {
    const problems = await validate({
      ...withFirst(
        FIRST.replace('section: world', 'section: nowhere').replace('/images/harbour.jpg', '/images/missing.jpg'),
      ),
      'articles/2026/second-story.mdx': article(SECOND.replace('2026-11-04T09:00:00+00:00', '2026-11-04')),
    });
    expect(problems).toHaveLength(3);
    expect(problems.filter((line) => line.startsWith(FIRST_FILE))).toHaveLength(2);
    expect(problems.some((line) => line.startsWith('content/articles/2026/second-story.mdx:4: date:'))).toBe(true);
  });
});
