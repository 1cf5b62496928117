import { z } from 'astro/zod';
import { isRealIsoDate, isSurelyAfter } from '../lib/dates.ts';

const DATE_RULE = 'a real date written as YYYY-MM or YYYY-MM-DD, like 2024-08 or 2024-08-15';

/** What the browser editor can check of a date as it is typed (impossible days are the build's). */
const MONTH_OR_DAY = '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$';

/**
 * A date as editors write it: a month (`2024-08`) when only the month is known,
 * or a day (`2024-08-15`). YAML turns an unquoted day into a Date, so both are accepted
 * and stored as the ISO text the editor wrote.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: DATE_RULE })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isRealIsoDate, { error: DATE_RULE })
  .meta({
    pattern: MONTH_OR_DAY,
    patternMessage: 'a month like 2025-02 or a day like 2025-02-14 (month 01 to 12)',
  });

/** A span of time; `to` may not be before `from`. */
export const dateRange = z
  .strictObject({
    /** First month or day of the span. */
    from: isoDate.meta({ title: 'From', description: 'The first month (or day).' }),
    /** Last month or day of the span (inclusive). */
    to: isoDate.meta({ title: 'To', description: 'The last month (or day), included.' }),
  })
  .superRefine((range, ctx) => {
    if (isSurelyAfter(range.from, range.to)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        input: range.to,
        message: `a date on or after "from" (${range.from}): a span cannot end before it starts`,
      });
    }
  });

/** The draft flag shared by every editable collection. */
export const draft = z.boolean().default(false).meta({
  title: 'Draft',
  description: 'On keeps it off the published site; the preview shows it, marked as a draft.',
});
