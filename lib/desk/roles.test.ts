import { describe, expect, it } from 'vitest';

import { can, isRole, mayPreview } from './roles';

describe('can', () => {
  it('lets a reporter save stories and upload pictures, and nothing that reaches readers', () => {
    const reporter = { role: 'reporter' } as const;
    expect(can(reporter, 'story:save')).toBe(true);
    expect(can(reporter, 'picture:upload')).toBe(true);
    // Restoring an earlier revision is a save into the workspace; only an editor publishes it.
    expect(can(reporter, 'story:restore')).toBe(true);
    expect(can(reporter, 'story:publish')).toBe(false);
    expect(can(reporter, 'story:unpublish')).toBe(false);
    expect(can(reporter, 'site:edit')).toBe(false);
    expect(can(reporter, 'users:manage')).toBe(false);
    // A live post goes to readers as it is sent (docs/decisions/045-live-posts-from-the-desk.md).
    expect(can(reporter, 'live:post')).toBe(false);
  });

  it('lets an editor publish and unpublish any story, but not manage accounts', () => {
    const editor = { role: 'editor' } as const;
    expect(can(editor, 'story:publish')).toBe(true);
    expect(can(editor, 'story:unpublish')).toBe(true);
    expect(can(editor, 'story:restore')).toBe(true);
    expect(can(editor, 'site:edit')).toBe(true);
    expect(can(editor, 'live:post')).toBe(true);
    expect(can(editor, 'users:manage')).toBe(false);
  });

  it('lets an admin do everything', () => {
    expect(can({ role: 'admin' }, 'users:manage')).toBe(true);
    expect(can({ role: 'admin' }, 'story:publish')).toBe(true);
    expect(can({ role: 'admin' }, 'live:post')).toBe(true);
  });

  it('lets nobody without a user, or with a role it does not know, do anything', () => {
    expect(can(null, 'story:save')).toBe(false);
    expect(can(undefined, 'story:save')).toBe(false);
    expect(can({ role: 'owner' as never }, 'story:save')).toBe(false);
  });
});

describe('review', () => {
  it('lets everyone submit a story for review, and only editors and admins review it', () => {
    for (const role of ['reporter', 'editor', 'admin'] as const) expect(can({ role }, 'story:submit'), role).toBe(true);
    expect(can({ role: 'reporter' }, 'story:review')).toBe(false);
    expect(can({ role: 'editor' }, 'story:review')).toBe(true);
    expect(can({ role: 'admin' }, 'story:review')).toBe(true);
    expect(can(null, 'story:submit')).toBe(false);
    expect(can(undefined, 'story:review')).toBe(false);
  });
});

describe('isRole', () => {
  it('knows the three roles and nothing else', () => {
    expect(['reporter', 'editor', 'admin'].every(isRole)).toBe(true);
    expect(isRole('Admin')).toBe(false);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('preview links', () => {
  it('lets a reporter make preview links of a story they saved last, and of no one else’s', () => {
    const rita = { id: 'u-rita', role: 'reporter' } as const;
    expect(mayPreview(rita, 'u-rita')).toBe(true);
    expect(mayPreview(rita, 'u-ravi')).toBe(false);
    expect(mayPreview(rita, undefined)).toBe(false);
    expect(can(rita, 'preview:any')).toBe(false);
  });

  it('lets editors and admins make preview links of any story', () => {
    for (const role of ['editor', 'admin'] as const) {
      expect(mayPreview({ id: 'u-ed', role }, 'u-rita'), role).toBe(true);
      expect(mayPreview({ id: 'u-ed', role }, undefined), role).toBe(true);
    }
  });

  it('lets nobody without a user, or with an unknown role, make one', () => {
    expect(mayPreview(null, 'u-rita')).toBe(false);
    expect(mayPreview(undefined, undefined)).toBe(false);
    expect(mayPreview({ id: 'u-x', role: 'owner' as never }, 'u-x')).toBe(false);
  });
});
