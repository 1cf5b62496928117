import { describe, expect, it, vi } from 'vitest';
import type { PagefindFragment } from '../../src/lib/search/results.ts';
import {
  RESULTS_PER_LOAD,
  searchSite,
  type PagefindApi,
} from '../../src/lib/search/site-search.ts';

const result = (n: number) => {
  const data: PagefindFragment = {
    url: `/page-${n}/`,
    excerpt: `page ${n}`,
    meta: { title: `Page ${n}` },
    filters: { type: ['page'] },
  };
  return { id: String(n), data: vi.fn(async () => data) };
};

function fakePagefind(count: number) {
  const results = Array.from({ length: count }, (_, i) => result(i + 1));
  const search = vi.fn(async () => ({
    results,
    unfilteredResultCount: count + 2,
    totalFilters: { type: { page: count, reflection: 2 } },
  }));
  const api: PagefindApi = { options: vi.fn(), filters: vi.fn(async () => ({})), search };
  return { api, search, results };
}

describe('searching the site', () => {
  it('asks Pagefind for the trimmed words in every type when none is chosen', async () => {
    const { api, search } = fakePagefind(1);
    await searchSite(api, { query: '  schools ', types: [] });
    expect(search).toHaveBeenCalledWith('schools', { filters: {} });
  });

  it('asks for any of the chosen types', async () => {
    const { api, search } = fakePagefind(1);
    await searchSite(api, { query: 'schools', types: ['Community of Practice', 'page'] });
    expect(search).toHaveBeenCalledWith('schools', {
      filters: { type: { any: ['Community of Practice', 'page'] } },
    });
  });

  it('loads the best results first and keeps the rest for "Show more"', async () => {
    const { api, results } = fakePagefind(RESULTS_PER_LOAD + 3);
    const outcome = await searchSite(api, { query: 'practice', types: [] });
    expect(outcome.hits.map((hit) => hit.title)[0]).toBe('Page 1');
    expect(outcome.hits).toHaveLength(RESULTS_PER_LOAD);
    expect(outcome.rest).toHaveLength(3);
    expect(results.at(-1)?.data).not.toHaveBeenCalled();
    expect(outcome.total).toBe(RESULTS_PER_LOAD + 3);
  });

  it('counts every type for the filters, zero where Pagefind has none', async () => {
    const { api } = fakePagefind(4);
    const outcome = await searchSite(api, { query: 'practice', types: ['page'] });
    expect(outcome.counts).toEqual({ 'Community of Practice': 0, page: 4, reflection: 2 });
    expect(outcome.unfiltered).toBe(6);
  });
});
