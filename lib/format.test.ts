import { describe, expect, it } from 'vitest';

import {
  attributedDek,
  datelineText,
  formatDate,
  formatDateTime,
  formatReadingTime,
  isMeaningfulUpdate,
} from './format';

describe('dates in the site time zone (Europe/London)', () => {
  it('prints the model date line', () => {
    expect(formatDate('2021-12-03T10:00:00+00:00')).toBe('December 3, 2021');
  });

  it('uses the London calendar day, not the offset the editor wrote', () => {
    // 16:30 in Seoul is 07:30 in London on the same day; 01:30 in Seoul is still the day before in London.
    expect(formatDate('2021-12-02T16:30:00+09:00')).toBe('December 2, 2021');
    expect(formatDate('2021-12-03T01:30:00+09:00')).toBe('December 2, 2021');
  });

  it('follows British summer time', () => {
    expect(formatDateTime('2026-07-01T23:30:00Z')).toMatch(/July 2, 2026.*12:30.*(BST|GMT\+1)/);
    expect(formatDateTime('2026-12-01T23:30:00Z')).toMatch(/December 1, 2026.*11:30.*GMT/);
  });
});

describe('isMeaningfulUpdate', () => {
  const date = '2026-11-01T09:00:00Z';
  it('ignores a missing update and a quick fix minutes after publication', () => {
    expect(isMeaningfulUpdate(date, undefined)).toBe(false);
    expect(isMeaningfulUpdate(date, '2026-11-01T09:10:00Z')).toBe(false);
  });
  it('shows an update made half an hour or more later', () => {
    expect(isMeaningfulUpdate(date, '2026-11-01T09:30:00Z')).toBe(true);
  });
});

describe('attributedDek', () => {
  it('ends the standfirst with the source', () => {
    expect(attributedDek('The president asked for support.', 'Continental Wire')).toBe(
      'The president asked for support, reports Continental Wire.',
    );
    expect(attributedDek('No full stop', 'Meridian Press')).toBe('No full stop, reports Meridian Press.');
  });
  it('leaves a standfirst without a source alone', () => {
    expect(attributedDek('Staff story.', undefined)).toBe('Staff story.');
  });
});

describe('datelineText and reading time', () => {
  it('opens agency copy with place and agency, staff copy with the place', () => {
    expect(datelineText('SEOUL', 'Continental Wire')).toBe('SEOUL (Continental Wire) —');
    expect(datelineText('YORK', undefined)).toBe('YORK —');
    expect(datelineText(undefined, undefined)).toBeUndefined();
  });
  it('prints minutes', () => {
    expect(formatReadingTime(1)).toBe('1 min read');
  });
});
