'use client';

import NextLink from 'next/link';
import { type ComponentProps, useState } from 'react';

/**
 * next/link that prefetches only when the reader shows intent: a pointer over the link, focus
 * on it, or a finger touching it. Next prefetches every link as it scrolls into view; on a
 * front that is a dozen pages' payloads a reader never asked for (issue 16). Until intent the
 * link does not prefetch at all (`false`); after it, Next's default (`null`) takes over, which
 * prefetches at once because the link is on screen. Client navigation is unchanged.
 * Every link in app/ and components/ comes from here: eslint.config.mjs forbids next/link.
 */
export default function Link({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={intent ? (props.prefetch ?? null) : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
