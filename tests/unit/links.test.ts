import { describe, expect, test } from 'vitest';
import { findBrokenLinks, type PageLinks } from '../../scripts/lib/links.ts';

const site = new URL('https://cop.example.org/');
const files = new Set(['/_astro/site.css', '/favicon.svg']);
const fileExists = (path: string) => files.has(path);

function check(...pages: PageLinks[]) {
  return findBrokenLinks(pages, site, fileExists).map(({ page, link }) => `${page} → ${link}`);
}

describe('the internal link checker', () => {
  const home: PageLinks = { path: '/', ids: ['main'], links: [] };
  const listing: PageLinks = { path: '/communities/', ids: ['main', 'all'], links: [] };

  test('passes links to pages, files, anchors and other sites that exist', () => {
    const page = {
      ...home,
      links: [
        '/communities/',
        'communities/#all',
        '#main',
        '/_astro/site.css',
        'https://cop.example.org/favicon.svg',
        '/communities/?cop=resistance',
        'https://www.google.com.au/',
        'tel:1800737732',
        'mailto:cop@example.org',
      ],
    };
    expect(check(page, listing)).toEqual([]);
  });

  test('reports a link to a page that was not built, on the page that has it', () => {
    const page = { ...home, links: ['/communities/no-such-cop/'] };
    expect(check(page, listing)).toEqual(['/ → /communities/no-such-cop/']);
  });

  test('reports an #anchor the target page does not have, and one on the same page', () => {
    const page = { ...home, links: ['/communities/#by-colour', '#contents'] };
    expect(check(page, listing)).toEqual(['/ → /communities/#by-colour', '/ → #contents']);
  });

  test('reports a page address without its trailing slash, and an empty #', () => {
    const page = { ...home, links: ['/communities', '#'] };
    const broken = findBrokenLinks([page, listing], site, fileExists);
    expect(broken.map((link) => link.problem)).toEqual([
      'no page at /communities: pages end with a slash (/communities/)',
      'an empty # goes nowhere',
    ]);
  });

  test('treats an absolute link to the site itself as internal', () => {
    const page = { ...home, links: ['https://cop.example.org/missing.css'] };
    expect(check(page)).toEqual(['/ → https://cop.example.org/missing.css']);
  });
});
