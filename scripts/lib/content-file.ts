/** Reads content files as the build's loaders do, so scripts and tests see what the build sees. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import type { z } from 'astro/zod';
import { contentCollections, type CollectionName } from '../../src/lib/content/collections.ts';
import { formatContentError } from '../../src/lib/content/error-messages.ts';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';

/**
 * A YAML file's data, or an MDX file's front matter, parsed with js-yaml as the build parses it
 * (an unquoted day such as 2024-08-15 becomes a Date, which the schemas turn back into text).
 * A file the build could not read throws the build's own line.
 */
export function contentFields(path: string, text = readFileSync(path, 'utf8')): unknown {
  const parsed = parseContentFile(path, text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.data;
}

export interface CollectionFile {
  /** The file's name without its extension: the entry's id and its page's address. */
  id: string;
  path: string;
}

/** A collection's files in a content folder (the app's list: src/lib/content/collections.ts). */
export function collectionFiles(contentDir: string, name: CollectionName): CollectionFile[] {
  const { folder, pattern } = contentCollections[name];
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => matchesGlob(file, pattern))
    .map((file) => ({ id: file.replace(/\.\w+$/, ''), path: join(dir, file) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

type Entry<N extends CollectionName> = z.infer<(typeof contentCollections)[N]['schema']> & {
  id: string;
};

/** A collection's entries, each judged by its schema as the build judges it; a mistake throws. */
export function readCollection<N extends CollectionName>(contentDir: string, name: N): Entry<N>[] {
  const { schema } = contentCollections[name];
  return collectionFiles(contentDir, name).map(({ id, path }) => {
    const result = schema.safeParse(contentFields(path), { reportInput: true });
    if (!result.success) throw new Error(formatContentError(path, result.error.issues));
    return { ...(result.data as object), id } as Entry<N>;
  });
}

/** The programme files, as the build needs at least one of them. */
export function readProgrammes(contentDir: string): Entry<'programme'>[] {
  const programmes = readCollection(contentDir, 'programme');
  if (programmes.length === 0) {
    const folder = relative(process.cwd(), join(contentDir, contentCollections.programme.folder));
    throw new Error(`${folder}/ has no programme file: add one (docs/editing.md).`);
  }
  return programmes;
}
