/** Every page's header: the site's name, the main navigation, and a plain search form. */
import type { NavigationLink } from '../lib/site-navigation.ts';
import type { Site } from '../schemas/site.ts';
import './header.css';

export interface HeaderProps {
  site: Pick<Site, 'organisation' | 'programme'>;
  /** `navigationLinks(pages)`. */
  links: readonly NavigationLink[];
  /** The page's path, `/communities/`: its link is marked current, and /search/ has no search form. */
  here: string;
}

export function Header({ site, links, here }: HeaderProps) {
  return (
    <header class="site-header" data-pagefind-ignore="">
      <div class="site-header__bar">
        <a class="site-header__name" href="/" aria-current={here === '/' ? 'page' : undefined}>
          <span class="site-header__org">{site.organisation}</span>
          <span class="site-header__programme">{site.programme}</span>
        </a>
        {/* A phone gets a Menu that opens without JavaScript; wider screens, a row of links. */}
        <details class="site-menu">
          <summary class="site-menu__toggle">Menu</summary>
          <nav aria-label="Main">
            <ul>
              {links.map((link) => (
                <li>
                  <a
                    href={link.href}
                    class={link.callToAction ? 'site-header__apply' : undefined}
                    aria-current={here.startsWith(link.href) ? 'page' : undefined}
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </details>
        {here !== '/search/' && (
          <form class="site-search" role="search" action="/search/" method="get">
            <label for="site-search-query" class="visually-hidden">
              Search this site
            </label>
            <input id="site-search-query" type="search" name="q" enterkeyhint="search" />
            <button type="submit">Search</button>
          </form>
        )}
      </div>
    </header>
  );
}
