/**
 * The links between and within the guides land on a heading: a renamed section breaks a link
 * here, not in front of a reader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GUIDES = ['README.md', 'docs/development.md', 'docs/editing.md'];

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/&lt;|&gt;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => anchorOf(heading!)));
}

describe('links in the guides land on a file and a heading that exist', () => {
  it('makes anchors as GitHub does', () => {
    expect(anchorOf("Change a CoP's text")).toBe('change-a-cops-text');
    expect(anchorOf('When the build stops: reading an error')).toBe(
      'when-the-build-stops-reading-an-error',
    );
  });

  for (const guide of GUIDES) {
    it(`${guide}: every link to a guide or a heading`, () => {
      const text = readFileSync(join(ROOT, guide), 'utf8').replace(/```[\s\S]*?```/g, '');
      const broken = [...text.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)]
        .map(([, target]) => target!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => {
          const [path = '', anchor] = target.split('#');
          const file = path ? normalize(join(dirname(guide), path)) : guide;
          if (!existsSync(join(ROOT, file))) return true;
          return anchor !== undefined && file.endsWith('.md') && !anchors(file).has(anchor);
        });
      expect(broken).toEqual([]);
    });
  }
});
