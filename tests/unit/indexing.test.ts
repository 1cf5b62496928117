import { expect, test } from 'vitest';
import { isIndexed } from '../../src/lib/indexing.ts';

test('content pages and the form belong in search engines', () => {
  for (const path of ['/', '/communities/', '/communities/resistance/', '/safety/', '/apply/']) {
    expect(isIndexed(path), path).toBe(true);
  }
});

test('the not-found page, search results and every page under /apply/ but the form do not', () => {
  for (const path of ['/404/', '/search/', '/apply/thanks/', '/apply/resistance/']) {
    expect(isIndexed(path), path).toBe(false);
  }
});
