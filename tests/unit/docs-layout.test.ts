/**
 * docs/development.md's "How the code is laid out" names every folder a newcomer meets, and only
 * folders that exist: a folder added or removed without the table fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GUIDE = readFileSync(join(ROOT, 'docs/development.md'), 'utf8');

/** The folders the table must name: each root, and its folders this many levels down. */
const ROOTS: Record<string, number> = {
  'src/': Infinity,
  'scripts/': Infinity,
  'tests/': 2,
  'docs/': Infinity,
  'public/admin/': Infinity,
};

function foldersUnder(folder: string, levels: number): string[] {
  if (levels === 0) return [];
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = `${folder}${entry.name}/`;
      return [path, ...foldersUnder(path, levels - 1)];
    });
}

const onDisk = Object.entries(ROOTS).flatMap(([root, levels]) => [
  root,
  ...foldersUnder(root, levels),
]);

/** The folders named in the first column of the layout table. */
function inTable(): string[] {
  const section = GUIDE.slice(GUIDE.indexOf('## How the code is laid out'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('\n|')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+\/)`/g)].map((m) => m[1]!));
}

describe('the code layout table matches the folders on disk', () => {
  const named = inTable();

  it('reads the table', () => {
    expect(named).toContain('src/lib/');
  });

  it('names every folder of src/, scripts/, tests/ (two levels), docs/ and public/admin/', () => {
    expect(onDisk.filter((folder) => !named.includes(folder))).toEqual([]);
  });

  it('names no folder there that does not exist', () => {
    const inRoots = named.filter((folder) =>
      Object.keys(ROOTS).some((root) => folder.startsWith(root)),
    );
    expect(inRoots.filter((folder) => !onDisk.includes(folder))).toEqual([]);
  });
});
