import { describe, expect, it } from 'vitest';

const failure = (field: RegExp) => ({ error: expect.stringMatching(field) as unknown });

import { isPublishSecret, parseRevalidateRequest } from './request';

describe('the publish request', () => {
  it('takes site paths, route files and the store version', () => {
    const body = {
      paths: ['/', '/uk/story'],
      routes: [{ route: '/[section]/page/[n]', type: 'page' }],
      version: 'abc',
    };
    expect(parseRevalidateRequest(body)).toEqual(body);
  });

  it('refuses anything else, saying what is wrong', () => {
    expect(parseRevalidateRequest(null)).toEqual(failure(/JSON object/));
    expect(parseRevalidateRequest({ paths: [], routes: [] })).toEqual(failure(/^version/));
    for (const paths of [['uk'], ['//evil.example/x'], 'not a list', [1]]) {
      expect(parseRevalidateRequest({ paths, routes: [], version: 'v' })).toEqual(failure(/^paths/));
    }
    expect(parseRevalidateRequest({ paths: [], routes: [{ route: '/', type: 'all' }], version: 'v' })).toEqual(
      failure(/^routes/),
    );
  });

  it('accepts only the bearer token that is the secret, and nothing when no secret is set', () => {
    expect(isPublishSecret('Bearer s3cret', 's3cret')).toBe(true);
    expect(isPublishSecret('Bearer s3cre', 's3cret')).toBe(false);
    expect(isPublishSecret('s3cret', 's3cret')).toBe(false);
    expect(isPublishSecret(null, 's3cret')).toBe(false);
    expect(isPublishSecret('Bearer ', '')).toBe(false);
    expect(isPublishSecret('Bearer anything', undefined)).toBe(false);
  });
});
