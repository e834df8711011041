import { routes } from '@/lib/routes';

/** Ways into the archive besides the sections, shared by the menu and the footer. */
export const browseLinks = [
  { url: routes.tagIndex(), title: 'Topics' },
  { url: routes.archive(), title: 'Archive' },
  { url: routes.search(), title: 'Search' },
];
