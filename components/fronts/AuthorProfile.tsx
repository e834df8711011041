import Image from 'next/image';
import type { ReactNode } from 'react';

import { EXTERNAL_REL, isExternalHref } from '@/lib/links';

interface Props {
  name: string;
  role: string;
  avatar?: string;
  links: { label: string; href: string }[];
  /** The biography, already rendered. */
  bio: ReactNode;
}

/** Photo, role, biography and contact links at the top of an author's page. */
export function AuthorProfile({ name, role, avatar, links, bio }: Props) {
  return (
    <section aria-label={`About ${name}`} className="mt-6 flex flex-col gap-4 border-b border-rule pb-6 sm:flex-row">
      {avatar && (
        <Image
          src={avatar}
          alt={`Portrait of ${name}`}
          width={96}
          height={96}
          className="h-24 w-24 shrink-0 rounded-full bg-wash object-cover"
        />
      )}
      <div className="min-w-0">
        <p className="font-sans text-sm font-semibold text-muted">{role}</p>
        <div className="mt-2">{bio}</div>
        {links.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-x-4 font-sans text-sm" aria-label={`Contact ${name}`}>
            {links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  rel={isExternalHref(link.href) ? EXTERNAL_REL : undefined}
                  className="inline-flex min-h-11 items-center text-link"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
