/**
 * Hydrates server-rendered islands, as `client:load` would, without Astro's island runtime and
 * Preact renderer (3.3 KB gzip, which the /apply/ and /search/ budgets cannot spare). Like an
 * Astro island, the element loses its `ssr` attribute once hydrated.
 */
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateIslands<P>(tagName: string, Component: ComponentType<P>) {
  for (const island of document.querySelectorAll<HTMLElement>(`${tagName}[ssr]`)) {
    const props = JSON.parse(island.dataset['props'] ?? '{}') as P & {};
    hydrate(h(Component, props), island);
    island.removeAttribute('ssr');
  }
}
