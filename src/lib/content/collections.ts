/**
 * Where each kind of content lives and the schema that judges it: the build's collections
 * (src/content.config.ts) and the browser editor's (src/lib/editor/) are both made from this list.
 */
import type { z } from 'astro/zod';
import { copSchema } from '../../schemas/cop.ts';
import { formSchema } from '../../schemas/form.ts';
import { pageSchema } from '../../schemas/page.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { reflectionSchema } from '../../schemas/reflection.ts';
import { siteSchema } from '../../schemas/site.ts';

export interface ContentCollection<Schema extends z.ZodType = z.ZodType> {
  /** The folder under the content folder ('' for the content folder itself). */
  folder: string;
  /** Which files in it: `*.<extension>` for every file of that kind, or one file's name. */
  pattern: string;
  schema: Schema;
}

export const contentCollections = {
  site: { folder: '', pattern: 'site.yaml', schema: siteSchema },
  programme: { folder: 'programme', pattern: '*.yaml', schema: programmeSchema },
  cops: { folder: 'cops', pattern: '*.mdx', schema: copSchema },
  pages: { folder: 'pages', pattern: '*.mdx', schema: pageSchema },
  reflections: { folder: 'reflections', pattern: '*.yaml', schema: reflectionSchema },
  form: { folder: '', pattern: 'form.yaml', schema: formSchema },
} as const satisfies Record<string, ContentCollection>;

export type CollectionName = keyof typeof contentCollections;

/** Whether a file of the collection's folder (its name alone) belongs to the collection. */
export function isCollectionFile(pattern: string, name: string): boolean {
  return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;
}
