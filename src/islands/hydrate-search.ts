/**
 * Hydrates the server-rendered search, as `client:load` would, without Astro's island runtime and
 * Preact renderer (3.3 KB gzip, which put /search/ over its 12 KB budget), as the EOI form does.
 * Like an Astro island, the element loses its `ssr` attribute once hydrated.
 */
import { h, hydrate } from 'preact';
import Search, { type SearchProps } from './Search';

for (const island of document.querySelectorAll<HTMLElement>('site-search-island[ssr]')) {
  const props = JSON.parse(island.dataset['props'] ?? '{}') as SearchProps;
  hydrate(h(Search, props), island);
  island.removeAttribute('ssr');
}
