// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Search from '../../src/islands/search/Search.tsx';
import type { PagefindFragment } from '../../src/lib/search/results.ts';
import type { PagefindApi } from '../../src/lib/search/site-search.ts';

const PAGES: PagefindFragment[] = [
  {
    url: '/communities/resistance/',
    excerpt: 'who meet <mark>backlash</mark> and resistance',
    meta: { title: 'Resistance CoP <img src=x onerror=alert(1)>' },
    filters: { type: ['Community of Practice'] },
    sub_results: [
      {
        title: 'What it offers',
        url: '/communities/resistance/#what-it-offers',
        excerpt: 'experienced <mark>backlash</mark>',
        locations: [9],
        anchor: { id: 'what-it-offers' },
      },
    ],
  },
  {
    url: '/communities/',
    excerpt: 'meet <mark>backlash</mark>',
    meta: { title: 'Communities of Practice' },
    filters: { type: ['page'] },
  },
];

/** Finds a page when the query is one of its words, as Pagefind would. */
function fakePagefind(): PagefindApi {
  return {
    options: async () => undefined,
    filters: async () => ({}),
    search: async (term) => {
      const found = PAGES.filter((page) => page.excerpt.includes(term));
      return {
        results: found.map((page, i) => ({ id: String(i), data: async () => page })),
        unfilteredResultCount: found.length,
        totalFilters: { type: { 'Community of Practice': 1, page: found.length - 1 } },
      };
    },
  };
}

const links = { cops: [{ title: 'Resistance CoP', url: '/communities/resistance/' }], pages: [] };
const searchBox = () => screen.getByRole('searchbox', { name: 'Search this site' });

beforeEach(() => history.replaceState(null, '', '/search/'));
afterEach(cleanup);

describe('the search island', () => {
  it('runs the search in the address and announces how many results it found', async () => {
    history.replaceState(null, '', '/search/?q=backlash');
    render(<Search {...links} loadPagefind={async () => fakePagefind()} />);
    const count = await screen.findByText('2 results for “backlash”.');
    expect(count.getAttribute('role')).toBe('status');
    expect(searchBox()).toHaveProperty('value', 'backlash');
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Resistance CoP <img src=x onerror=alert(1)>',
      'Communities of Practice',
    ]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'What it offers' })).toHaveProperty(
      'hash',
      '#what-it-offers',
    );
  });

  it('keeps the address in step with what is typed', async () => {
    render(<Search {...links} loadPagefind={async () => fakePagefind()} />);
    fireEvent.input(searchBox(), { target: { value: 'backlash' } });
    await waitFor(() => expect(location.search).toBe('?q=backlash'));
    await screen.findByText('2 results for “backlash”.');
  });

  it('moves through the result links with the arrow keys, and Escape clears the query', async () => {
    history.replaceState(null, '', '/search/?q=backlash');
    render(<Search {...links} loadPagefind={async () => fakePagefind()} />);
    await screen.findByText('2 results for “backlash”.');
    const box = searchBox();
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('Resistance CoP');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('What it offers');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(searchBox()).toHaveProperty('value', ''));
    expect(location.search).toBe('');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('offers every CoP when nothing matches', async () => {
    history.replaceState(null, '', '/search/?q=xyzzy');
    render(<Search {...links} loadPagefind={async () => fakePagefind()} />);
    await screen.findByText('No results for “xyzzy”.');
    expect(screen.getByRole('link', { name: 'Resistance CoP' })).toHaveProperty(
      'pathname',
      '/communities/resistance/',
    );
  });

  it('says how to get an index when there is none, as in npm run dev', async () => {
    history.replaceState(null, '', '/search/?q=backlash');
    const missing = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    render(<Search {...links} loadPagefind={missing} />);
    expect(await screen.findByText(/no search index yet/)).toHaveProperty(
      'textContent',
      expect.stringContaining('npm run build'),
    );
  });
});
