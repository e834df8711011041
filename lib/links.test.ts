import { describe, expect, it } from 'vitest';

import { isExternalHref } from './links';
import { site } from './site';

describe('isExternalHref', () => {
  it('calls links to other origins external', () => {
    for (const href of ['https://example.org/a', 'http://example.org', '//example.org/x', 'HTTPS://EXAMPLE.ORG']) {
      expect(isExternalHref(href), href).toBe(true);
    }
  });

  it('keeps the site, its own absolute addresses and non-web links internal', () => {
    for (const href of ['/uk', '#main', 'uk/x', `${site.url}/uk`, 'mailto:a@b.example', 'tel:+441234', undefined, '']) {
      expect(isExternalHref(href), String(href)).toBe(false);
    }
  });
});
