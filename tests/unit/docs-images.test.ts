/**
 * The pictures in docs/images/ (made by `npm run docs:screenshots`): each one a guide shows exists
 * and says what it shows, and each one there is shown somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const IMAGES = join(ROOT, 'docs/images');
const GUIDES = ['README.md', 'docs/development.md', 'docs/editing.md'];

interface Picture {
  guide: string;
  alt: string;
  /** The picture's file, relative to the project's root. */
  file: string;
}

/** Every `![alt](path)` of a guide that points into the project (not a web address). */
function pictures(guide: string): Picture[] {
  const text = readFileSync(join(ROOT, guide), 'utf8');
  return [...text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)]
    .filter(([, , path]) => !/^https?:/.test(path!))
    .map(([, alt, path]) => ({
      guide,
      alt: alt!.trim(),
      file: relative(ROOT, normalize(join(ROOT, dirname(guide), path!))),
    }));
}

const shown = GUIDES.flatMap(pictures);

describe('the guides show the editor with pictures that exist and are described', () => {
  it('shows some pictures of the editor', () => {
    expect(shown.length).toBeGreaterThan(3);
  });

  it('names no picture that is missing', () => {
    const missing = shown.filter(({ file }) => !existsSync(join(ROOT, file)));
    expect(missing.map(({ guide, file }) => `${guide}: ${file}`)).toEqual([]);
  });

  it('gives each picture alt text that says what it shows', () => {
    const bare = shown.filter(({ alt }) => alt.split(/\s+/).length < 5);
    expect(bare.map(({ guide, file }) => `${guide}: ${file}`)).toEqual([]);
  });

  it('uses every picture in docs/images/', () => {
    const used = new Set(shown.map(({ file }) => file));
    const unused = readdirSync(IMAGES)
      .map((name) => `docs/images/${name}`)
      .filter((file) => !used.has(file));
    expect(unused).toEqual([]);
  });
});
