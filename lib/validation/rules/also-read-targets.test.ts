import { describe, expect, it } from 'vitest';

import { article, base, component, problemsOf } from '../../../test/fixtures/entries';

describe('ALSO READ targets', () => {
  const linking = (slug: string, data: Record<string, unknown> = {}) =>
    article('crane', data, { uses: [component('AlsoRead', { slug }, 8)] });
  const messages = (...entries: Parameters<typeof problemsOf>[0]) =>
    problemsOf([...base(), ...entries]).map((p) => `${p.file}:${String(p.line)}: ${p.message}`);

  it('refuses a target that does not exist', () => {
    expect(messages(linking('nowhere'))).toEqual([
      'content/articles/2026/crane.mdx:8: <AlsoRead slug="nowhere" /> points to a story that does not exist',
    ]);
  });

  it('refuses the story itself', () => {
    expect(messages(linking('crane'))).toEqual([
      'content/articles/2026/crane.mdx:8: <AlsoRead> points to this story itself',
    ]);
  });

  it('refuses a draft from a published story, not from another draft', () => {
    const draft = article('inquiry', { draft: true });
    expect(messages(linking('inquiry'), draft)).toEqual([
      'content/articles/2026/crane.mdx:8: <AlsoRead slug="inquiry" /> points to a draft, which readers cannot open',
    ]);
    expect(messages(linking('inquiry', { draft: true }), draft)).toEqual([]);
  });

  it('refuses a story embargoed until after the linking one is out', () => {
    const embargoed = article('inquiry', { date: '2026-12-01T09:00:00Z' });
    expect(messages(linking('inquiry'), embargoed)).toEqual([
      'content/articles/2026/crane.mdx:8: <AlsoRead slug="inquiry" /> points to a story embargoed until 2026-12-01T09:00:00Z, after this story is published',
    ]);
    expect(messages(linking('inquiry', { date: '2026-12-02T09:00:00Z' }), embargoed)).toEqual([]);
  });

  it('accepts a published story', () => {
    expect(messages(linking('inquiry'), article('inquiry'))).toEqual([]);
  });
});
