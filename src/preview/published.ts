/**
 * Which saved entries the public site has and in what order, as src/data/content.ts gives them to
 * the pages: drafts left out; CoPs by their order, pages by theirs, reflections newest first.
 */
import { byCopOrder, byPageOrder, newestFirst } from '../lib/content/in-order.ts';
import type { ReadOk } from './editor-entry.ts';

const published = <T extends { data: { draft: boolean } }>(entries: readonly T[]) =>
  entries.filter((entry) => !entry.data.draft);

export const publishedCops = (cops: readonly ReadOk<'cops'>[]) => published(cops).sort(byCopOrder);

export const publishedPages = (pages: readonly ReadOk<'pages'>[]) =>
  published(pages).sort(byPageOrder);

export const publishedReflections = (reflections: readonly ReadOk<'reflections'>[]) =>
  published(reflections).sort(newestFirst);
