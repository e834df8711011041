import { describe, expect, it } from 'vitest';

import { areaOf, checkPath, safeNext } from './paths';

describe('checkPath', () => {
  it.each([
    '/desk',
    '/desk/',
    '/api/desk/stories/2026/x',
    '/keystatic/collection/articles/item/2026%2Fharbour-lights',
    '/desk?next=%2Fdesk',
  ])('lets %s through', (url) => {
    expect(checkPath(url).ok).toBe(true);
  });

  it.each([
    ['/api%2Fdesk', 'encoded slash'],
    ['/api/keystatic%2fupdate', 'encoded slash'],
    ['/keystatic/collection/articles/item/..%2F..%2Fx', 'encoded'],
    ['/desk\\admin', 'backslash'],
    ['/desk%5cadmin', 'backslash'],
    ['/desk/../api/keystatic/update', '. or ..'],
    ['/desk/./x', '. or ..'],
    ['/desk/%2e%2e/x', 'encoded dot'],
    ['//desk', 'empty part'],
    ['/api//keystatic/update', 'empty part'],
    ['/desk/%zz', 'broken'],
    ['/desk/%00', 'control character'],
    ['desk', 'must start with /'],
  ])('refuses %s (%s)', (url, reason) => {
    const verdict = checkPath(url);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });
});

describe('areaOf', () => {
  it('judges case-insensitively, so /API/Desk and /KEYSTATIC get the same treatment as their lower-case spelling', () => {
    expect(areaOf('/API/desk/stories')).toBe('api');
    expect(areaOf('/Api/Keystatic/update')).toBe('api');
    expect(areaOf('/_NEXT/static/x.js')).toBe('api');
    expect(areaOf('/KEYSTATIC')).toBe('page');
    expect(areaOf('/Desk/Sign-In')).toBe('sign-in');
    expect(areaOf('/desk/sign-out/')).toBe('sign-out');
  });
});

describe('safeNext', () => {
  it('keeps a path on the desk, with its query', () => {
    expect(safeNext('/keystatic/collection/articles?x=1')).toBe('/keystatic/collection/articles?x=1');
  });
  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/desk/sign-in',
    '',
    null,
  ])('sends %j to the desk front page instead', (value) => {
    expect(safeNext(value)).toBe('/desk');
  });
});
