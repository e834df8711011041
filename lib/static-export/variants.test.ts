import { describe, expect, it } from 'vitest';

import { parseVariantUrl, variantUrl } from './variants';

describe('image variant addresses', () => {
  it('round-trips a local picture and its width', () => {
    const url = variantUrl('/images/articles/pier.jpg', 640);
    expect(url).toBe('/_img/640/images/articles/pier.jpg.webp');
    expect(parseVariantUrl(url)).toEqual({ src: '/images/articles/pier.jpg', width: 640 });
  });

  it('leaves pictures it cannot resize alone', () => {
    expect(variantUrl('/images/logo.svg', 640)).toBe('/images/logo.svg');
    expect(variantUrl('data:image/png;base64,AAAA', 640)).toBe('data:image/png;base64,AAAA');
  });

  it('never turns a crafted address into a path outside public/', () => {
    expect(parseVariantUrl('/_img/640/../../etc/passwd.jpg.webp')).toBeUndefined();
    expect(parseVariantUrl('/_img/640/images/%2e%2e/%2e%2e/x.jpg.webp')).toBeUndefined();
  });
});
