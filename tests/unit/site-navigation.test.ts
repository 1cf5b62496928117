import { describe, expect, it } from 'vitest';
import { navigationLinks } from '../../src/lib/site-navigation.ts';

describe("the site's main navigation", () => {
  it('lists the CoPs, each page with a menu label in order, the reflections, then the form', () => {
    const links = navigationLinks([
      { id: 'approach', navLabel: 'Our approach' },
      { id: 'privacy' },
      { id: 'safety', navLabel: 'Safety' },
    ]);
    expect(links.map((link) => link.href)).toEqual([
      '/communities/',
      '/approach/',
      '/safety/',
      '/reflections/',
      '/apply/',
    ]);
    expect(links.filter((link) => link.callToAction).map((link) => link.label)).toEqual([
      'Express interest',
    ]);
  });
});
