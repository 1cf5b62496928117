import { z } from 'astro/zod';

/** A phone line shown in the footer of every page. */
const supportLine = z.strictObject({
  /** The service's name, as people know it: "1800RESPECT". */
  name: z.string().min(1),
  /** The number as it is written for people: "1800 737 732". */
  number: z.string().regex(/^[\d ]+$/, {
    error: 'a phone number of digits and spaces, like 1800 737 732',
  }),
  /** One short line on when to call it. */
  description: z.string().min(1).optional(),
});

/** `content/site.yaml`: what the organisation says on every page. */
export const siteSchema = z.strictObject({
  /** The organisation's name, shown in the header and in titles: "Safe and Equal". */
  organisation: z.string().min(1),
  /** The programme's name, shown beside the organisation's: "Primary prevention Communities of Practice". */
  programme: z.string().min(1),
  /** One sentence describing the site, used as the home page's meta description. */
  description: z.string().min(1),
  /** Where Quick exit sends people: a neutral site that gives nothing away. */
  quickExit: z.strictObject({
    /** The neutral site's address, starting with https://. */
    url: z.url({
      protocol: /^https$/,
      error: 'a web address starting with https://',
    }),
    /** The button's words. */
    label: z.string().min(1).default('Quick exit'),
  }),
  /** Phone lines for support, shown in the footer as tap-to-call links. */
  supportLines: z.array(supportLine).min(1),
  /** The Acknowledgement of Country in the organisation's own words. */
  acknowledgement: z.string().min(1),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.infer<typeof siteSchema>;
