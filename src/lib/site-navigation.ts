/** The site's main navigation: the same links on every page, and in the editor's preview of the header. */

export interface NavigationLink {
  href: string;
  label: string;
  /** Drawn as a button: "Express interest". */
  callToAction?: boolean;
}

/** What the navigation needs of a page: its id (the file's name) and its menu label, if it has one. */
export interface NavigationPage {
  id: string;
  navLabel?: string | undefined;
}

/** The CoPs, each page with a menu label (in the pages' order), the reflections, the form. */
export function navigationLinks(pages: readonly NavigationPage[]): NavigationLink[] {
  return [
    { href: '/communities/', label: 'Communities of Practice' },
    ...pages.flatMap((page) =>
      page.navLabel ? [{ href: `/${page.id}/`, label: page.navLabel }] : [],
    ),
    { href: '/reflections/', label: 'Reflections' },
    { href: '/apply/', label: 'Express interest', callToAction: true },
  ];
}
