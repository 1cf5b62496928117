/**
 * Hydrates the server-rendered EOI form, as `client:load` would, without Astro's island runtime
 * and Preact renderer (3.3 KB gzip of the page's 20 KB budget). Like an Astro island, the
 * element loses its `ssr` attribute once hydrated.
 */
import { h, hydrate } from 'preact';
import EoiForm, { type EoiFormProps } from './EoiForm';

for (const island of document.querySelectorAll<HTMLElement>('eoi-form-island[ssr]')) {
  const props = JSON.parse(island.dataset['props'] ?? '{}') as EoiFormProps;
  hydrate(h(EoiForm, props), island);
  island.removeAttribute('ssr');
}
