import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatContentError } from './lib/content-errors';
import { describeImpossibleDate, findImpossibleDates, frontMatterOf } from './lib/impossible-dates';
import { copSchema } from './schemas/cop';
import { pageSchema } from './schemas/page';
import { programmeSchema } from './schemas/programme';
import { reflectionSchema } from './schemas/reflection';
import { siteSchema } from './schemas/site';

/** Editors' content lives at the top of the repository, outside src/. */
const CONTENT = './content';

/** The YAML reader turns 2025-02-30 into 2 March, so impossible days are read from the file. */
async function impossibleDatesIn(path: string | undefined, file: string): Promise<string[]> {
  if (!path) return [];
  const text = frontMatterOf(path, await readFile(path, 'utf8'));
  return findImpossibleDates(text).map((found) => describeImpossibleDate(file, found));
}

/**
 * Astro's glob loader, but a schema mistake stops the build with our plain-English
 * lines (file, field, found, expected) instead of a stack trace.
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
          const file = relative(process.cwd(), props.filePath ?? `${base}/${props.id}`);
          const result = schema.safeParse(props.data, { reportInput: true });
          const problems = [
            ...(await impossibleDatesIn(props.filePath, file)),
            ...(result.success ? [] : [formatContentError(file, result.error.issues)]),
          ];
          if (problems.length > 0) {
            const error = new Error(`Content error:\n${problems.join('\n')}`);
            error.stack = error.message;
            throw error;
          }
          return context.parseData(props);
        },
      }),
  };
}

export const collections = {
  site: defineCollection({
    loader: checkedGlob('', 'site.yaml', siteSchema),
    schema: siteSchema,
  }),
  programme: defineCollection({
    loader: checkedGlob('programme', '*.yaml', programmeSchema),
    schema: programmeSchema,
  }),
  cops: defineCollection({
    loader: checkedGlob('cops', '*.mdx', copSchema),
    schema: copSchema,
  }),
  pages: defineCollection({
    loader: checkedGlob('pages', '*.mdx', pageSchema),
    schema: pageSchema,
  }),
  reflections: defineCollection({
    loader: checkedGlob('reflections', '*.yaml', reflectionSchema),
    schema: reflectionSchema,
  }),
};
