/**
 * Which saved entries the public site has and in what order, as src/data/content.ts gives them to
 * the pages: drafts left out; CoPs by their order, pages by theirs, reflections newest first.
 */
import type { ReadOk } from './editor-entry.ts';

const published = <T extends { data: { draft: boolean } }>(entries: readonly T[]) =>
  entries.filter((entry) => !entry.data.draft);

export const publishedCops = (cops: readonly ReadOk<'cops'>[]) =>
  published(cops).sort((a, b) => a.data.order - b.data.order);

export const publishedPages = (pages: readonly ReadOk<'pages'>[]) =>
  published(pages).sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity));

export const publishedReflections = (reflections: readonly ReadOk<'reflections'>[]) =>
  published(reflections).sort((a, b) => b.data.date.localeCompare(a.data.date));
