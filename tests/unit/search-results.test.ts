import { describe, expect, it } from 'vitest';
import {
  describeResultCount,
  markedExcerptHtml,
  toSearchHit,
  type PagefindFragment,
  type PagefindSubResult,
} from '../../src/lib/search/results.ts';
import { escapeHtml } from '../../src/lib/html.ts';

const section = (title: string, id: string, matches: number): PagefindSubResult => ({
  title,
  url: `/communities/resistance/#${id}`,
  excerpt: `${title}: words about <mark>backlash</mark>`,
  locations: Array.from({ length: matches }, (_, i) => i),
  anchor: { id },
});

const fragment = (overrides: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url: '/communities/resistance/',
  excerpt: 'meet <mark>backlash</mark> and resistance',
  meta: {
    title: 'Resistance in Primary Prevention and Gender Equality CoP',
    summary: 'For practitioners in any setting who meet backlash and resistance.',
  },
  filters: { type: ['Community of Practice'] },
  sub_results: [],
  ...overrides,
});

describe('a search result', () => {
  it('is titled from the page content, whatever its first heading says', () => {
    const hit = toSearchHit(
      fragment({
        sub_results: [
          {
            title: 'Communities of Practice',
            url: '/communities/resistance/',
            excerpt: 'x',
            locations: [1],
          },
        ],
      }),
    );
    expect(hit.title).toBe('Resistance in Primary Prevention and Gender Equality CoP');
  });

  it('falls back to its address when the page has no title', () => {
    expect(toSearchHit(fragment({ meta: {} })).title).toBe('/communities/resistance/');
  });

  it('carries its type, and no type when the index holds one the site does not know', () => {
    expect(toSearchHit(fragment()).type).toBe('Community of Practice');
    expect(toSearchHit(fragment({ filters: { type: ['blog post'] } })).type).toBeUndefined();
  });

  it("shows Pagefind's excerpt with the matched words marked", () => {
    expect(toSearchHit(fragment()).excerptHtml).toBe('meet <mark>backlash</mark> and resistance');
  });

  it('can never put live markup other than <mark> on the page', () => {
    const hit = toSearchHit(
      fragment({ excerpt: 'a <mark>match</mark> <img src=x onerror=alert(1)> </script>' }),
    );
    expect(hit.excerptHtml).not.toMatch(/<img|<\/script/);
    expect(hit.excerptHtml).toContain('<mark>match</mark>');
  });

  it('escapes its summary when that stands in for an excerpt', () => {
    const hit = toSearchHit(
      fragment({ excerpt: '', meta: { title: 'T', summary: 'Tom & "Jerry" <b>bold</b>' } }),
    );
    expect(hit.excerptHtml).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;bold&lt;/b&gt;');
  });
});

describe("a result's matching sections", () => {
  it('link to the headings whose sections matched, best three, in page order', () => {
    const hit = toSearchHit(
      fragment({
        sub_results: [
          section('Who it is for', 'who-it-is-for', 2),
          section('What it offers', 'what-it-offers', 5),
          section('Format', 'format', 1),
          section('When it runs', 'when-it-runs', 3),
        ],
      }),
    );
    expect(hit.sections.map((s) => s.url)).toEqual([
      '/communities/resistance/#who-it-is-for',
      '/communities/resistance/#what-it-offers',
      '/communities/resistance/#when-it-runs',
    ]);
    expect(hit.sections[0]?.excerptHtml).toBe('Who it is for: words about <mark>backlash</mark>');
  });

  it('leave out the top of the page, whose words become the result’s own excerpt', () => {
    const hit = toSearchHit(
      fragment({
        sub_results: [
          {
            title: 'Resistance CoP',
            url: '/communities/resistance/',
            excerpt: 'the lede with <mark>backlash</mark>',
            locations: [3],
          },
          section('Who it is for', 'who-it-is-for', 1),
        ],
      }),
    );
    expect(hit.sections.map((s) => s.title)).toEqual(['Who it is for']);
    expect(hit.excerptHtml).toBe('the lede with <mark>backlash</mark>');
  });

  it('when only sections matched, the result describes the page with its summary', () => {
    const hit = toSearchHit(fragment({ sub_results: [section('Format', 'format', 1)] }));
    expect(hit.excerptHtml).toBe(
      'For practitioners in any setting who meet backlash and resistance.',
    );
  });
});

describe('escaping', () => {
  it('turns every character with meaning in HTML into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves the entities Pagefind already wrote alone', () => {
    expect(markedExcerptHtml('Safe &amp; Equal&#39;s <mark>CoP</mark>')).toBe(
      'Safe &amp; Equal&#39;s <mark>CoP</mark>',
    );
  });
});

describe('the announced result count', () => {
  it('counts results for the words typed', () => {
    expect(describeResultCount({ query: ' backlash ', total: 1, unfiltered: 1, types: [] })).toBe(
      '1 result for “backlash”.',
    );
    expect(describeResultCount({ query: 'schools', total: 3, unfiltered: 3, types: [] })).toBe(
      '3 results for “schools”.',
    );
  });

  it('names the chosen types', () => {
    expect(
      describeResultCount({
        query: 'practice',
        total: 8,
        unfiltered: 12,
        types: ['Community of Practice', 'page', 'reflection'],
      }),
    ).toBe('8 results for “practice” in Communities of Practice, Pages and Reflections.');
  });

  it('says when the chosen types hide every result, and how many the others hold', () => {
    expect(
      describeResultCount({ query: 'backlash', total: 0, unfiltered: 3, types: ['reflection'] }),
    ).toBe('No results for “backlash” in Reflections; 3 results in all types.');
    expect(describeResultCount({ query: 'xyzzy', total: 0, unfiltered: 0, types: [] })).toBe(
      'No results for “xyzzy”.',
    );
  });
});
