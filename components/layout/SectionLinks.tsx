import Link from '@/components/link/Link.client';
import type { SectionRef } from '@/lib/content/types';

interface Props {
  sections: SectionRef[];
  currentSection?: string;
  listClassName: string;
  linkClassName: string;
}

/** The sections as a list of links, the current one marked aria-current (header strip and menu). */
export function SectionLinks({ sections, currentSection, listClassName, linkClassName }: Props) {
  return (
    <ul className={listClassName}>
      {sections.map((section) => (
        <li key={section.slug}>
          <Link
            href={section.url}
            aria-current={section.slug === currentSection ? 'page' : undefined}
            className={`${linkClassName} aria-[current=page]:text-accent aria-[current=page]:underline`}
          >
            {section.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
