import { describe, expect, it } from 'vitest';

import { EMBED_PROVIDERS, embedTarget, frameOrigin } from './embed-providers';

describe('embed providers', () => {
  it('loads YouTube from youtube-nocookie.com and links to the video on youtube.com', () => {
    const target = embedTarget('YouTube', 'aqz-KE-bpKQ');
    expect(target).toMatchObject({
      frame: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      link: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    });
    expect(frameOrigin(target)).toBe('https://www.youtube-nocookie.com');
  });

  it('turns each post address into its provider frame and a clean link', () => {
    expect(embedTarget('XPost', 'https://twitter.com/council/status/1862000000000000000?s=20')).toMatchObject({
      frame: 'https://platform.twitter.com/embed/Tweet.html?id=1862000000000000000&dnt=true',
      link: 'https://x.com/council/status/1862000000000000000',
    });
    expect(embedTarget('BlueskyPost', 'https://bsky.app/profile/council.example/post/3lcqzq2xkna2s').frame).toBe(
      'https://embed.bsky.app/embed/council.example/app.bsky.feed.post/3lcqzq2xkna2s',
    );
    expect(embedTarget('MastodonPost', 'https://social.example/@council/113000000000000000')).toMatchObject({
      frame: 'https://social.example/@council/113000000000000000/embed',
      link: 'https://social.example/@council/113000000000000000',
    });
    // Anything after the post's path (tracking parameters, quotes) is dropped, never copied.
    expect(embedTarget('MastodonPost', 'https://social.example/@council/1?x="onload').frame).toBe(
      'https://social.example/@council/1/embed',
    );
    expect(embedTarget('InstagramPost', 'https://www.instagram.com/p/C1a2B3c4D5e').frame).toBe(
      'https://www.instagram.com/p/C1a2B3c4D5e/embed/',
    );
    expect(embedTarget('Vimeo', '76979871').frame).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });

  it.each([
    ['YouTube', 'aqz-KE-bpKQ&list=x'],
    ['YouTube', 'https://evil.example/watch?v=aqz-KE-bpKQ'],
    ['Vimeo', '123'],
    ['XPost', 'https://x.com.evil.example/council/status/1'],
    ['XPost', 'javascript:alert(1)'],
    ['BlueskyPost', 'https://bsky.app/profile/council.example/post/../../x'],
    ['MastodonPost', 'https://social.example:8443/@council/1'],
    ['MastodonPost', 'https://social_example/@council/1'],
    ['InstagramPost', 'https://instagram.com.evil.example/p/C1a2B3c4D5e/'],
  ])('refuses %s %s', (component, value) => {
    const result = EMBED_PROVIDERS[component]!.resolve(value);
    expect('problem' in result).toBe(true);
    expect(() => embedTarget(component, value)).toThrow(`<${component}>`);
  });
});

describe('embed frames', () => {
  it('are sandboxed with what the provider needs: scripts on its own origin, popups, full screen for videos; never the top page', () => {
    const video = embedTarget('YouTube', 'aqz-KE-bpKQ').sandbox.split(' ');
    const post = embedTarget(
      'BlueskyPost',
      'https://bsky.app/profile/council.example/post/3lcqzq2xkna2s',
    ).sandbox.split(' ');
    expect(video).toEqual(
      expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-presentation']),
    );
    expect(post).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']));
    for (const token of [...video, ...post]) {
      expect([
        'allow-top-navigation',
        'allow-top-navigation-by-user-activation',
        'allow-forms',
        'allow-downloads',
        'allow-modals',
      ]).not.toContain(token);
    }
  });
});
