import { describe, expect, it } from 'vitest';
import {
  readSearchState,
  searchStateToQueryString,
  toggleType,
} from '../../src/lib/search/url-state.ts';

describe('the search page address', () => {
  it('gives back the words and types of a shared search', () => {
    expect(readSearchState('?q=early+career&type=page&type=Community+of+Practice')).toEqual({
      query: 'early career',
      types: ['Community of Practice', 'page'],
    });
  });

  it('ignores types the site does not have, and repeats', () => {
    expect(readSearchState('?type=reflection&type=reflection&type=news').types).toEqual([
      'reflection',
    ]);
  });

  it('is empty with nothing searched', () => {
    expect(readSearchState('')).toEqual({ query: '', types: [] });
    expect(searchStateToQueryString({ query: '   ', types: [] })).toBe('');
  });

  it('keeps what was typed and chosen, so the same search comes back', () => {
    const state = { query: 'gender & equality', types: ['reflection' as const] };
    const address = searchStateToQueryString(state);
    expect(address).toBe('?q=gender+%26+equality&type=reflection');
    expect(readSearchState(address)).toEqual(state);
  });
});

describe('choosing types', () => {
  it('switches one type on or off and keeps the usual order', () => {
    const state = { query: 'x', types: ['reflection' as const] };
    expect(toggleType(state, 'Community of Practice', true).types).toEqual([
      'Community of Practice',
      'reflection',
    ]);
    expect(toggleType(state, 'reflection', false).types).toEqual([]);
  });
});
