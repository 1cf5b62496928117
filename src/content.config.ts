import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentErrorsSeen } from './data/content-errors-seen.ts';
import { formatContentError } from './lib/content/error-messages.ts';
import {
  describeImpossibleDate,
  findImpossibleDates,
  frontMatterOf,
} from './lib/content/impossible-dates.ts';
import { CONTENT_ROOT } from './data/content-root.ts';
import { contentCollections, type ContentCollection } from './lib/content/collections.ts';

const CONTENT = `./${CONTENT_ROOT}`;

/** The YAML reader turns 2025-02-30 into 2 March, so impossible days are read from the file. */
function impossibleDatesIn(path: string, source: string, file: string): string[] {
  const found = findImpossibleDates(frontMatterOf(path, source));
  return found.map((date) => describeImpossibleDate(file, date));
}

/**
 * Astro's glob loader, but a schema mistake stops the build with our plain-English
 * lines (file, field, found, expected) instead of a stack trace, and is remembered so
 * `npm run dev` pages show it rather than the file's last good version.
 */
function checkedGlob(folder: string, pattern: string, schema: z.ZodType): Loader {
  const base = `${CONTENT}/${folder}`;
  const loader = glob({ base, pattern });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath ?? `${base}/${props.id}`;
          const file = relative(process.cwd(), path);
          const source = await readFile(path, 'utf8');
          const result = schema.safeParse(props.data, { reportInput: true });
          const impossible = impossibleDatesIn(path, source, file);
          // The schema saw rolled-over dates (2 March for 30 February): its lines would mislead.
          const problems =
            impossible.length > 0 || result.success
              ? impossible
              : [formatContentError(file, result.error.issues)];
          if (problems.length > 0) {
            contentErrorsSeen.set(file, { source, lines: problems.join('\n') });
            const error = new Error(`Content error:\n${problems.join('\n')}`);
            error.stack = error.message;
            throw error;
          }
          contentErrorsSeen.delete(file);
          return context.parseData(props);
        },
      }),
  };
}

/** A collection of the list in src/lib/content/collections.ts, keeping its schema's type. */
function collection<Schema extends z.ZodType>({
  folder,
  pattern,
  schema,
}: ContentCollection<Schema>) {
  return defineCollection({ loader: checkedGlob(folder, pattern, schema), schema });
}

export const collections = {
  site: collection(contentCollections.site),
  programme: collection(contentCollections.programme),
  cops: collection(contentCollections.cops),
  pages: collection(contentCollections.pages),
  reflections: collection(contentCollections.reflections),
  form: collection(contentCollections.form),
};
