import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatContentError } from './lib/content-errors';
import { copSchema } from './schemas/cop';
import { pageSchema } from './schemas/page';
import { programmeSchema } from './schemas/programme';
import { reflectionSchema } from './schemas/reflection';
import { siteSchema } from './schemas/site';

/** Editors' content lives at the top of the repository, outside src/. */
const CONTENT = './content';

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
          const result = schema.safeParse(props.data, { reportInput: true });
          if (!result.success) {
            const file = relative(process.cwd(), props.filePath ?? `${base}/${props.id}`);
            const error = new Error(
              `Content error:\n${formatContentError(file, result.error.issues)}`,
            );
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
