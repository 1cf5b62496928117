/** What the search island shows for Pagefind's results: types, titles, safe excerpts, sections. */
import { escapeHtml } from '../html.ts';

/** The values of the `type` filter every indexed page carries (BaseLayout's `indexAs`). */
export const SEARCH_TYPES = ['Community of Practice', 'page', 'reflection'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_LABELS: Record<SearchType, { one: string; many: string }> = {
  'Community of Practice': { one: 'Community of Practice', many: 'Communities of Practice' },
  page: { one: 'Page', many: 'Pages' },
  reflection: { one: 'Reflection', many: 'Reflections' },
};

export const isSearchType = (value: string): value is SearchType =>
  (SEARCH_TYPES as readonly string[]).includes(value);

export const describeType = (type: SearchType) => TYPE_LABELS[type].one;
export const describeTypePlural = (type: SearchType) => TYPE_LABELS[type].many;

/** The parts of Pagefind's result data the island uses (pagefind.js `result.data()`). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** Missing for the part of the page before its first heading with an id. */
  anchor?: { id: string } | null;
}

/** A section of a page that matched, linking to its heading. */
export interface SearchSection {
  title: string;
  url: string;
  excerptHtml: string;
}

/** One result as the island shows it; only the `Html` fields are markup, the rest is text. */
export interface SearchHit {
  url: string;
  title: string;
  type: SearchType | undefined;
  excerptHtml: string;
  sections: SearchSection[];
}

/** At most this many matching sections under a result, so one page cannot crowd out the rest. */
export const MAX_SECTIONS = 3;

/**
 * Pagefind escapes page text in excerpts and adds only `<mark>`; anything else that looks like a
 * tag is escaped too, so a change in Pagefind can never put live markup on the page.
 */
export const markedExcerptHtml = (excerpt: string) => excerpt.replace(/<(?!\/?mark>)/g, '&lt;');

/** The page's matching sections: those under a heading, the best matched, in page order. */
export function matchingSections(fragment: PagefindFragment): SearchSection[] {
  const anchored = (fragment.sub_results ?? []).filter(
    (sub) => sub.anchor && sub.url !== fragment.url,
  );
  const best = new Set(
    [...anchored]
      .sort((a, b) => b.locations.length - a.locations.length)
      .slice(0, MAX_SECTIONS)
      .map((sub) => sub.url),
  );
  return anchored
    .filter((sub) => best.has(sub.url))
    .map((sub) => ({
      title: sub.title,
      url: sub.url,
      excerptHtml: markedExcerptHtml(sub.excerpt),
    }));
}

/**
 * The words under the page's title: the matched text before its first heading; or, when only its
 * sections matched, its summary (their excerpts follow); or Pagefind's excerpt for the page.
 */
function pageExcerptHtml(fragment: PagefindFragment, sections: readonly SearchSection[]) {
  const top = fragment.sub_results?.find((sub) => !sub.anchor || sub.url === fragment.url);
  if (top?.excerpt.trim()) return markedExcerptHtml(top.excerpt);
  const summary = fragment.meta['summary']?.trim();
  if (sections.length > 0 && summary) return escapeHtml(summary);
  if (fragment.excerpt.trim()) return markedExcerptHtml(fragment.excerpt);
  return escapeHtml(summary ?? '');
}

export function toSearchHit(fragment: PagefindFragment): SearchHit {
  const sections = matchingSections(fragment);
  return {
    url: fragment.url,
    title: fragment.meta['title']?.trim() || fragment.url,
    type: fragment.filters['type']?.find(isSearchType),
    excerptHtml: pageExcerptHtml(fragment, sections),
    sections,
  };
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface ResultCount {
  query: string;
  /** Results with the chosen types. */
  total: number;
  /** Results for the query in every type. */
  unfiltered: number;
  types: readonly SearchType[];
}

/** The sentence announced after each search, and shown above the results. */
export function describeResultCount({ query, total, unfiltered, types }: ResultCount) {
  const quoted = `“${query.trim()}”`;
  const where = types.length ? ` in ${listInWords(types.map(describeTypePlural))}` : '';
  const results = (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`;
  if (total === 0 && where && unfiltered > 0)
    return `No results for ${quoted}${where}; ${results(unfiltered)} in all types.`;
  if (total === 0) return `No results for ${quoted}.`;
  return `${results(total)} for ${quoted}${where}.`;
}
