/**
 * The README (deploying), docs/development.md (developers) and docs/editing.md (programme staff)
 * each say a thing once: a sentence copied into a second file drifts from the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = ['README.md', 'docs/development.md', 'docs/editing.md'] as const;

/** Sentences shorter than this ("Press Save.") may well be said twice on purpose. */
const SHORTEST = 40;

/** The prose of a Markdown file, markup taken out: code, headings, table rules, comments go. */
function prose(markdown: string): string[] {
  return markdown
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line))
    .map((line) =>
      line
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, ''),
    )
    .join('\n')
    .split(/\n\s*\n|\|/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Each sentence of the prose, in lower case, long enough to count. */
function sentences(markdown: string): string[] {
  return prose(markdown)
    .flatMap((block) => block.split(/(?<=[.!?:;])\s+(?=[A-Z"“(])/))
    .map((sentence) => sentence.toLowerCase().trim())
    .filter((sentence) => sentence.length >= SHORTEST);
}

describe('each thing is said in one of the three guides', () => {
  it('finds a sentence however its Markdown and line breaks differ', () => {
    const a = sentences('Press **Save** and the site is\nchecked and [published](x.md) by itself.');
    const b = sentences('- Press Save and the site is checked and published by `itself`.');
    expect(a).toEqual(b);
    expect(a).toHaveLength(1);
  });

  it('ignores code, headings, table rules and short lines', () => {
    const ignored = [
      '```sh\nnpm run build and then something long enough\n```',
      '## A heading that is long enough to count',
      '| --- | --- |',
      'Press Save.',
    ];
    expect(sentences(ignored.join('\n\n'))).toEqual([]);
  });

  it('has no sentence in two of README.md, docs/development.md and docs/editing.md', () => {
    const where = new Map<string, string[]>();
    for (const file of DOCS) {
      for (const sentence of new Set(sentences(readFileSync(join(ROOT, file), 'utf8')))) {
        where.set(sentence, [...(where.get(sentence) ?? []), file]);
      }
    }
    const twice = [...where].filter(([, files]) => files.length > 1);
    expect(twice.map(([sentence, files]) => `${files.join(' and ')}: "${sentence}"`)).toEqual([]);
  });
});
