import { z } from 'astro/zod';
import { draft, isoDate } from './dates.ts';

/** `content/reflections/<id>.yaml`: a past participant's words. */
export const reflectionSchema = z.strictObject({
  /** Their words, exactly as given. */
  quote: z
    .string()
    .min(1)
    .meta({ multiline: true, title: 'Quote', description: 'Their words, exactly as given.' }),
  /** Who said it, without identifying them: "CoP participant". */
  attribution: z.string().min(1).meta({
    title: 'Attribution',
    description: 'Who said it, without identifying them: "CoP participant".',
  }),
  /** When they said it: a month like 2023-06. */
  date: isoDate.meta({ title: 'Date', description: 'When they said it: a month like 2023-06.' }),
  /** The CoP it is about, by file name (like mid-to-senior); leave out if not known. */
  cop: z.string().min(1).optional().meta({
    title: 'CoP',
    description: 'The CoP it is about, if known.',
    relatesTo: 'cops',
  }),
  /** Keep it out of the published site while it is being written. */
  draft,
});

export type ReflectionInput = z.input<typeof reflectionSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
