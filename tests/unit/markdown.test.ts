import { describe, expect, it } from 'vitest';
import { bodyParts, renderMarkdown } from '../../src/lib/markdown.ts';

describe('a body staff type shows as they typed it', () => {
  it('keeps braces as braces, not code', () => {
    expect(renderMarkdown('Sessions run 10am to 12pm {Melbourne time}')).toBe(
      '<p>Sessions run 10am to 12pm {Melbourne time}</p>',
    );
    expect(renderMarkdown('We meet {2 * 3} times')).toContain('We meet {2 * 3} times');
  });

  it('shows pasted HTML as text rather than placing it in the page', () => {
    const html = renderMarkdown('A photo: <img src="https://example.org/a.png">');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=&quot;https://example.org/a.png&quot;&gt;');
  });

  it('gives headings ids from their words, unique on the page', () => {
    const html = renderMarkdown('## Who it is for\n\n## Who it is for');
    expect(html).toContain('<h2 id="who-it-is-for">');
    expect(html).toContain('<h2 id="who-it-is-for-1">');
  });

  it('reads Markdown as the guide describes: lists, links, tables', () => {
    const html = renderMarkdown('- one\n- [two](/safety/)\n\n| a |\n| - |\n| 1 |');
    expect(html).toContain('<li><a href="/safety/">two</a></li>');
    expect(html).toContain('<td>1</td>');
  });
});

describe('a page that lists the reflections', () => {
  it('splits at a line holding only <Reflections />, keeping heading ids unique', () => {
    expect(bodyParts('## Words\n\n<Reflections />\n\n## Words\n')).toEqual([
      { kind: 'html', html: '<h2 id="words">Words</h2>\n' },
      { kind: 'reflections' },
      { kind: 'html', html: '<h2 id="words-1">Words</h2>\n' },
    ]);
  });

  it('shows <Reflections /> inside a sentence as text', () => {
    expect(bodyParts('See <Reflections /> below')).toEqual([
      { kind: 'html', html: '<p>See &lt;Reflections /&gt; below</p>' },
    ]);
  });
});
