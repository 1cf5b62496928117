import { z } from 'astro/zod';
import { CAREER_STAGE_LABELS, careerStages, SETTING_LABELS, settings } from '../lib/cop-groups.ts';
import { draft } from './dates.ts';

// Each field's `meta` is what the browser editor shows: `title` is its label, `description` its hint.

/** `content/cops/<id>.mdx`: one Community of Practice; the file name is its address. */
export const copSchema = z.strictObject({
  /** The CoP's full name: "Emerging Prevention Practitioners CoP". */
  title: z.string().min(1).meta({
    title: 'Title',
    description: "The CoP's full name, like 'Emerging Prevention Practitioners CoP'.",
  }),
  /** One or two sentences for cards, search results and the meta description (at most 200 characters). */
  summary: z.string().min(1).max(200).meta({
    multiline: true,
    title: 'Summary',
    description: 'One or two sentences for cards, search results and search engines.',
  }),
  /** Who it is for: one short line a person, each a list item. */
  audience: z
    .array(z.string().min(1).meta({ title: 'Line' }))
    .min(1, { error: 'at least one line saying who it is for' })
    .meta({
      title: 'Who it is for',
      description: 'One short line for each kind of practitioner, shown under "Who it is for".',
    }),
  /** The career stage it is pitched at: emerging, mid-to-senior or any. */
  careerStage: z.enum(careerStages).meta({
    title: 'Career stage',
    description: 'Who it is pitched at; the list of CoPs is grouped by it.',
    optionLabels: CAREER_STAGE_LABELS,
  }),
  /** The setting its practitioners work in: any, schools or workforce-development. */
  setting: z.enum(settings).meta({
    title: 'Setting',
    description: 'Where its practitioners work; the list of CoPs is grouped by it.',
    optionLabels: SETTING_LABELS,
  }),
  /** Its place in lists, from 1; no two CoPs share one. */
  order: z.number().int().positive().meta({
    title: 'Order',
    description: 'Its place in lists, from 1. No two CoPs may share a number.',
  }),
  /** Keep it out of the published site while it is being written. */
  draft,
});

export type CopInput = z.input<typeof copSchema>;
export type Cop = z.infer<typeof copSchema>;
