import { describe, expect, it } from 'vitest';

import { formatDay, formatMonth } from './format-month';

describe('archive labels', () => {
  it('name the month and the day of the calendar key, whatever the server zone', () => {
    expect(formatMonth(2026, 11)).toBe('November 2026');
    expect(formatMonth(2021, 1)).toBe('January 2021');
    expect(formatDay('2026-11-27')).toBe('Friday, November 27');
    expect(formatDay('2026-03-01')).toBe('Sunday, March 1');
  });
});
