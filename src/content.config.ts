import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { slug } from 'github-slugger';
import { contentErrorsSeen } from './data/content-errors-seen.ts';
import { formatContentError } from './lib/content/error-messages.ts';
import { describeImpossibleDate, findImpossibleDates } from './lib/content/impossible-dates.ts';
import { parseContentFile } from './lib/content/parse-file.ts';
import { CONTENT_ROOT } from './data/content-root.ts';
import {
  contentCollections,
  isCollectionFile,
  type ContentCollection,
} from './lib/content/collections.ts';

type Checked = { problems: string[] } | { data: Record<string, unknown>; body: string | undefined };

/** A file's fields and text once they pass its schema, or its mistakes, one line each. */
function readChecked(file: string, source: string, schema: z.ZodType): Checked {
  const parsed = parseContentFile(file, source);
  if (!parsed.ok) return { problems: [parsed.problem] };
  // The YAML reader turns 2025-02-30 into 2 March, so impossible days are read from the file.
  const impossible = findImpossibleDates(parsed.yaml).map((date) =>
    describeImpossibleDate(file, date),
  );
  // The schema would see rolled-over dates (2 March for 30 February): its lines would mislead.
  if (impossible.length > 0) return { problems: impossible };
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) return { problems: [formatContentError(file, result.error.issues)] };
  return { data: parsed.data as Record<string, unknown>, body: parsed.body };
}

/** Stops the build with the lines alone: a stack trace would bury them. */
function contentError(problems: string[]): Error {
  const error = new Error(`Content error:\n${problems.join('\n')}`);
  error.stack = error.message;
  return error;
}

/**
 * Loads a collection's files as data, never as code: an MDX file's body is kept as the Markdown
 * typed (src/lib/markdown.ts renders it), so braces and HTML in it cannot stop the build or run.
 * A mistake stops the build with plain-English lines (file, field or line, fix), every file's at
 * once, and is remembered so `npm run dev` pages show it rather than the file's last good version.
 */
function contentFiles(folder: string, pattern: string, schema: z.ZodType): Loader {
  return {
    name: 'content-files',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, CONTENT_ROOT, folder);
      // An entry's id is its file name without the extension, as Astro's glob loader makes it.
      const idOf = (path: string) => slug(basename(path).replace(/\.[^.]+$/, ''));
      const inCollection = (path: string) =>
        dirname(path) === dir && isCollectionFile(pattern, basename(path));

      /** Stores one file; its mistakes, one line each (none when it was stored). */
      async function sync(path: string): Promise<string[]> {
        const file = relative(root, path);
        const source = await readFile(path, 'utf8');
        const checked = readChecked(file, source, schema);
        if ('problems' in checked) {
          contentErrorsSeen.set(file, { source, lines: checked.problems.join('\n') });
          return checked.problems;
        }
        contentErrorsSeen.delete(file);
        const id = idOf(path);
        const data = await parseData({ id, data: checked.data, filePath: path });
        const filePath = file.split(sep).join('/');
        const digest = generateDigest(source);
        const body = checked.body === undefined ? {} : { body: checked.body };
        store.set({ id, data, filePath, digest, ...body });
        return [];
      }

      const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        logger.warn(`The folder ${relative(root, dir)} does not exist.`);
        return [];
      });
      const paths = names.map((name) => join(dir, name)).filter(inCollection);
      const gone = new Set(store.keys());
      for (const path of paths) gone.delete(idOf(path));
      for (const id of gone) store.delete(id);
      const problems = (await Promise.all(paths.map(sync))).flat();

      if (problems.length > 0 && !watcher) throw contentError(problems);
      if (!watcher) return;
      // In `npm run dev` a mistake is said, not thrown: pages show it until the file is fixed.
      if (problems.length > 0) logger.error(contentError(problems).message);
      watcher.add(dir);
      const reload = async (path: string) => {
        if (!inCollection(path)) return;
        const found = await sync(path).catch((error: Error) => [error.message]);
        if (found.length > 0) logger.error(contentError(found).message);
        else logger.info(`Reloaded ${relative(root, path)}`);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        if (!inCollection(path)) return;
        store.delete(idOf(path));
        contentErrorsSeen.delete(relative(root, path));
      });
    },
  };
}

/** A collection of the list in src/lib/content/collections.ts, keeping its schema's type. */
function collection<Schema extends z.ZodType>({
  folder,
  pattern,
  schema,
}: ContentCollection<Schema>) {
  return defineCollection({ loader: contentFiles(folder, pattern, schema), schema });
}

export const collections = {
  site: collection(contentCollections.site),
  programme: collection(contentCollections.programme),
  cops: collection(contentCollections.cops),
  pages: collection(contentCollections.pages),
  reflections: collection(contentCollections.reflections),
  form: collection(contentCollections.form),
};
