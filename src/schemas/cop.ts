import { z } from 'astro/zod';
import { draft } from './dates';

/** Career stages, used to group CoPs: who the CoP is pitched at. */
export const careerStages = ['emerging', 'mid-to-senior', 'any'] as const;
/** Work settings, used to group CoPs: where its practitioners work. */
export const settings = ['any', 'schools', 'workforce-development'] as const;

/** `content/cops/<id>.mdx`: one Community of Practice; the file name is its address. */
export const copSchema = z.strictObject({
  /** The CoP's full name: "Emerging Prevention Practitioners CoP". */
  title: z.string().min(1),
  /** One or two sentences for cards, search results and the meta description (at most 200 characters). */
  summary: z.string().min(1).max(200),
  /** Who it is for: one short line a person, each a list item. */
  audience: z.array(z.string().min(1)).min(1, { error: 'at least one line saying who it is for' }),
  /** The career stage it is pitched at: emerging, mid-to-senior or any. */
  careerStage: z.enum(careerStages),
  /** The setting its practitioners work in: any, schools or workforce-development. */
  setting: z.enum(settings),
  /** Its place in lists, from 1; no two CoPs share one. */
  order: z.number().int().positive(),
  /** Keep it out of the published site while it is being written. */
  draft,
});

export type CopInput = z.input<typeof copSchema>;
export type Cop = z.infer<typeof copSchema>;
