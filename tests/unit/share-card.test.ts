import { describe, expect, it } from 'vitest';
import { readShareCardRequest, shareCardText, shareImagePath } from '../../src/lib/share-card.ts';

describe('where a page’s share picture is published', () => {
  it('follows the page’s address, with the home page named home', () => {
    expect(shareImagePath('/')).toBe('/og/home.png');
    expect(shareImagePath('/apply/')).toBe('/og/apply.png');
    expect(shareImagePath('/communities/resistance/')).toBe('/og/communities/resistance.png');
  });
});

describe('the words on a share picture', () => {
  it('are the page’s title above the site’s name, and its description says both', () => {
    expect(shareCardText('Express interest', 'Safe and Equal CoPs')).toEqual({
      title: 'Express interest',
      byline: 'Safe and Equal CoPs',
      alt: 'Express interest: Safe and Equal CoPs',
    });
  });

  it('name the site once on the home page, whose title is the site’s name', () => {
    expect(shareCardText('Safe and Equal CoPs', 'Safe and Equal CoPs')).toEqual({
      title: 'Safe and Equal CoPs',
      byline: undefined,
      alt: 'Safe and Equal CoPs',
    });
  });
});

describe('reading what a built page asks for', () => {
  const head = (tags: string) => `<html><head><meta charset="utf-8">${tags}</head></html>`;

  it('reads the picture’s path and the words from the Open Graph tags, unescaped', () => {
    const html = head(
      '<meta property="og:site_name" content="Safe &amp; Equal">' +
        '<meta property="og:title" content="Using &quot;Quick exit&quot; &#39;safely&#39;">' +
        '<meta property="og:image" content="https://cop.example.org.au/og/safety.png">',
    );
    expect(readShareCardRequest(html)).toEqual({
      image: '/og/safety.png',
      title: 'Using "Quick exit" \'safely\'',
      siteName: 'Safe & Equal',
    });
  });

  it('asks for nothing on a page without og:image, such as the browser editor', () => {
    const html = head('<meta property="og:title" content="Editor">');
    expect(readShareCardRequest(html)).toBeUndefined();
  });
});
