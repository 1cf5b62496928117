import { z } from 'astro/zod';

/** A phone number as it is written for people: digits and spaces. */
const phoneNumber = z.string().regex(/^[\d ]+$/, {
  error: 'a phone number of digits and spaces, like 1800 737 732',
});

/** A phone line shown in the footer of every page. */
const supportLine = z.strictObject({
  /** The service's name, as people know it: "1800RESPECT". */
  name: z.string().min(1).meta({ title: 'Name', description: 'As people know it: "1800RESPECT".' }),
  /** The number as it is written for people: "1800 737 732". */
  number: phoneNumber.meta({
    title: 'Number',
    description: 'As people read it, digits and spaces only: "1800 737 732".',
  }),
  /** One short line on when to call it. */
  description: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Description', description: 'One short line on when to call it.' }),
});

/** `content/site.yaml`: what the organisation says on every page. */
export const siteSchema = z.strictObject({
  /** The organisation's name, shown in the header, in titles and wherever the site names it. */
  organisation: z.string().min(1).meta({
    title: 'Organisation',
    description:
      "The organisation's name: in the header, in page titles and in the form's messages.",
  }),
  /** The programme's name, shown beside the organisation's and in sentences about it. */
  programme: z.string().min(1).meta({
    title: 'Programme',
    description: "The programme's name, shown beside the organisation's.",
  }),
  /** One sentence describing the site, used as the home page's meta description. */
  description: z.string().min(1).meta({
    multiline: true,
    title: 'Description',
    description: 'One sentence describing the site, for search engines.',
  }),
  /** Where Quick exit sends people: a neutral site that gives nothing away. */
  quickExit: z
    .strictObject({
      /** The neutral site's address, starting with https://. */
      url: z
        .url({
          protocol: /^https$/,
          error: 'a web address starting with https://',
        })
        .meta({
          title: 'Address',
          description:
            'A neutral site that gives nothing away if someone looks at the screen, starting with https://.',
        }),
      /** The button's words. */
      label: z
        .string()
        .min(1)
        .default('Quick exit')
        .meta({ title: 'Button words', description: '"Quick exit" when left empty.' }),
    })
    .meta({ title: 'Quick exit', description: 'The button on every page that leaves the site.' }),
  /** Phone lines for support, shown in the footer as tap-to-call links. */
  supportLines: z
    .array(supportLine.meta({ title: 'Support line' }))
    .min(1)
    .meta({
      title: 'Support lines',
      description: 'Shown in this order in every page footer, as tap-to-call links.',
    }),
  /** The Acknowledgement of Country in the organisation's own words. */
  acknowledgement: z.string().min(1).meta({
    multiline: true,
    title: 'Acknowledgement of Country',
    description: "In the organisation's own words, shown in every page footer.",
  }),
  /**
   * How people reach the programme team when the form cannot take their expression of interest
   * (switched off, or over its monthly limit). Optional: without it the form tells them to keep
   * a copy of their answers.
   */
  programmeContact: z
    .strictObject({
      /** An email address the programme team reads: "cop@example.org". */
      email: z
        .email({ error: 'an email address, like cop@example.org' })
        .optional()
        .meta({ title: 'Email', description: 'An address the programme team reads.' }),
      /** A phone number for the programme team, digits and spaces: "03 9123 4567". */
      phone: phoneNumber.optional().meta({
        title: 'Phone',
        description: 'The team\'s number, digits and spaces only: "03 9123 4567".',
      }),
    })
    .optional()
    .meta({
      title: 'Programme team contact',
      description:
        'Shown when the form cannot take an expression of interest (switched off, or over its monthly limit). Either or both; leave empty until the team has one to publish.',
    }),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.infer<typeof siteSchema>;
