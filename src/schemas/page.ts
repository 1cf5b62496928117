import { z } from 'astro/zod';
import { draft } from './dates.ts';

/** A publication or tool the page points to. */
const resource = z.strictObject({
  /** Its title, as published: "Learning Together". */
  title: z
    .string()
    .min(1)
    .meta({ title: 'Title', description: 'As published: "Learning Together".' }),
  /** What it is, in a sentence. */
  description: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Description', description: 'What it is, in a sentence.' }),
  /** Where to read it; leave out until there is one, and the title shows without a link. */
  url: z.url({ error: 'a web address starting with https://' }).optional().meta({
    title: 'Web address',
    description:
      'Where to read it, starting with https://. Without it the title shows without a link.',
  }),
});

/** `content/pages/<id>.mdx`: a reading page; the file name is its address. */
export const pageSchema = z.strictObject({
  /** The page's heading and title. */
  title: z.string().min(1).meta({ title: 'Title', description: "The page's heading and title." }),
  /** One sentence for search results and the meta description (at most 200 characters). */
  description: z.string().min(1).max(200).meta({
    multiline: true,
    title: 'Description',
    description: 'One sentence for search results and search engines.',
  }),
  /** A short name for the navigation; leave out to keep the page out of the main navigation. */
  navLabel: z.string().min(1).optional().meta({
    title: 'Navigation label',
    description: 'A short name for the main navigation. Leave empty to keep the page out of it.',
  }),
  /** Its place in the navigation, from 1. */
  order: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ title: 'Order', description: 'Its place in the navigation, from 1.' }),
  /** Publications or tools listed at the end of the page. */
  resources: z
    .array(resource.meta({ title: 'Resource' }))
    .default([])
    .meta({
      title: 'Resources',
      description: 'Publications or tools listed under "Resources" at the end of the page.',
    }),
  /**
   * Ends the page with the programme team's email and phone from `content/site.yaml`, where it
   * has them: for pages that ask people to get in touch, such as the accessibility statement.
   */
  showContact: z.boolean().default(false).meta({
    title: "Show the programme team's contact",
    description:
      'Ends the page with the email address and phone number given under "Programme team contact" in Site-wide text, when there are any.',
  }),
  /** Keep it out of the published site while it is being written. */
  draft,
});

export type PageInput = z.input<typeof pageSchema>;
export type Page = z.infer<typeof pageSchema>;
