import { describe, expect, it } from 'vitest';

import { oldAddressesOf, siteWideAddresses } from './old-addresses';
import type { WxrItem } from './wxr-reader';

const post = (fields: Partial<WxrItem>): WxrItem =>
  ({ id: '7', type: 'post', slug: '', link: '', postDate: '', ...fields }) as WxrItem;

describe('oldAddressesOf', () => {
  it('gives the export’s link, the dated and the bare permalink, and /?p=', () => {
    expect(
      oldAddressesOf(
        post({
          link: 'https://old.example/news/harbour-crane',
          slug: 'harbour-crane',
          postDate: '2019-05-04 10:00:00',
        }),
        'https://old.example',
      ),
    ).toEqual(['/news/harbour-crane/', '/?p=7', '/2019/05/04/harbour-crane/', '/harbour-crane/']);
  });

  it('keeps WordPress’s percent-encoded names and encodes what a browser would', () => {
    const addresses = oldAddressesOf(
      post({ slug: '%e6%97%a5%e6%9c%ac', postDate: '2019-05-04 10:00:00', link: 'https://old.example/?p=7' }),
      'https://old.example',
    );
    expect(addresses).toContain('/%e6%97%a5%e6%9c%ac/');
    expect(
      siteWideAddresses({ categories: new Map(), tags: new Map(), authors: new Map([['Jane Doe', 'jane-doe']]) }),
    ).toMatchObject({ '/author/jane-doe/': '/author/jane-doe', '/feed/': '/feed.xml' });
  });

  it('gives a page its link and /?page_id=', () => {
    expect(
      oldAddressesOf(
        post({ type: 'page', id: '9', slug: 'advertise', link: 'https://old.example/about/advertise/' }),
        'https://old.example',
      ),
    ).toEqual(['/about/advertise/', '/?page_id=9', '/advertise/']);
  });
});
