/** The search page's state in its address: `?q=words&type=…`, so a search can be shared. */
import { SEARCH_TYPES, isSearchType, type SearchType } from './results.ts';

export interface SearchState {
  /** What the person typed, as typed. */
  query: string;
  /** The types they chose to see; none chosen shows every type. */
  types: SearchType[];
}

export const EMPTY_SEARCH: SearchState = { query: '', types: [] };

/** Reads `?q=` and `?type=` (repeated), ignoring types this site does not have. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const chosen = new Set(params.getAll('type').filter(isSearchType));
  return {
    query: params.get('q') ?? '',
    types: SEARCH_TYPES.filter((type) => chosen.has(type)),
  };
}

/** The query string for a state: empty when there is nothing to keep. */
export function searchStateToQueryString({ query, types }: SearchState) {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  for (const type of SEARCH_TYPES) if (types.includes(type)) params.append('type', type);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one type switched on or off, keeping the types in their usual order. */
export function toggleType(state: SearchState, type: SearchType, on: boolean): SearchState {
  const types = new Set(state.types);
  if (on) types.add(type);
  else types.delete(type);
  return { ...state, types: SEARCH_TYPES.filter((t) => types.has(t)) };
}
