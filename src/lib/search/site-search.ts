/** Runs a search against Pagefind's browser API and shapes what comes back for the island. */
import {
  SEARCH_TYPES,
  toSearchHit,
  type PagefindFragment,
  type SearchHit,
  type SearchType,
} from './results.ts';
import type { SearchState } from './url-state.ts';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the island uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<unknown>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<PagefindSearch | null>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter value, how many results the query has with no filters chosen. */
  totalFilters?: Record<string, Record<string, number> | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

/** Results are loaded this many at a time: Pagefind fetches each one's data separately. */
export const RESULTS_PER_LOAD = 10;

export interface SearchOutcome {
  hits: SearchHit[];
  /** Results not loaded yet, best first: "Show more results" loads them. */
  rest: PagefindResult[];
  /** Results in the chosen types. */
  total: number;
  /** Results for the query in every type. */
  unfiltered: number;
  /** Results for the query in each type, whatever types are chosen: the filters' counts. */
  counts: Record<SearchType, number>;
}

export async function loadHits(results: readonly PagefindResult[]) {
  const fragments = await Promise.all(results.map((result) => result.data()));
  return fragments.map(toSearchHit);
}

export async function searchSite(
  pagefind: PagefindApi,
  { query, types }: SearchState,
): Promise<SearchOutcome> {
  const filters = types.length > 0 ? { type: { any: types } } : {};
  const search = await pagefind.search(query.trim(), { filters });
  const results = search?.results ?? [];
  const totals = search?.totalFilters?.['type'] ?? {};
  return {
    hits: await loadHits(results.slice(0, RESULTS_PER_LOAD)),
    rest: results.slice(RESULTS_PER_LOAD),
    total: results.length,
    unfiltered: search?.unfilteredResultCount ?? 0,
    counts: Object.fromEntries(SEARCH_TYPES.map((type) => [type, totals[type] ?? 0])) as Record<
      SearchType,
      number
    >,
  };
}
