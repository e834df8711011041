import { describe, expect, it } from 'vitest';

import { modifiedOf } from './modified';

describe('modifiedOf', () => {
  it('is the publication time when nothing changed since', () => {
    expect(modifiedOf({ date: '2026-11-03T08:15:00+00:00' })).toBe('2026-11-03T08:15:00.000Z');
  });

  it('takes the latest of updated and correction dates, across offsets', () => {
    expect(
      modifiedOf({
        date: '2026-10-20T19:30:00+02:00',
        updated: '2026-10-20T23:10:00+02:00',
        corrections: [{ date: '2026-10-21T09:00:00+01:00' }, { date: '2026-10-20T22:00:00+00:00' }],
      }),
    ).toBe('2026-10-21T08:00:00.000Z');
  });

  it('ignores an update that is older than a correction', () => {
    expect(
      modifiedOf({
        date: '2026-11-01T10:00:00Z',
        updated: '2026-11-01T11:00:00Z',
        corrections: [{ date: '2026-11-05T10:00:00Z' }],
      }),
    ).toBe('2026-11-05T10:00:00.000Z');
  });
});
