import type { ComponentProps } from 'react';

import { EXTERNAL_REL, isExternalHref } from '@/lib/links';

/** A link in an MDX body: one that leaves the site gets rel="noopener noreferrer". */
export function MdxLink({ href, rel, ...rest }: ComponentProps<'a'>) {
  return <a href={href} rel={isExternalHref(href) ? EXTERNAL_REL : rel} {...rest} />;
}
