import { z } from 'astro/zod';
import { draft, isoDate } from './dates';

/** `content/reflections/<id>.yaml`: a past participant's words. */
export const reflectionSchema = z.strictObject({
  /** Their words, exactly as given. */
  quote: z.string().min(1),
  /** Who said it, without identifying them: "CoP participant". */
  attribution: z.string().min(1),
  /** When they said it: a month like 2023-06. */
  date: isoDate,
  /** The CoP it is about, by file name (like mid-to-senior); leave out if not known. */
  cop: z.string().min(1).optional(),
  /** Keep it out of the published site while it is being written. */
  draft,
});

export type ReflectionInput = z.input<typeof reflectionSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
