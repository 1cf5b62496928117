import { z } from 'astro/zod';
import { isSurelyAfter } from '../lib/dates.ts';
import { COP_MARKS, STATUS_LABELS, type CopMark } from '../lib/intake-status.ts';
import { minutesOf } from '../lib/schedule.ts';
import { dateRange, isoDate } from './dates.ts';

/** The statuses an editor may set; without one, the status comes from the dates. */
export const intakeStatuses = ['open', 'waitlist', 'opening-soon', 'closed'] as const;

const DAY_RULE = 'a day written as YYYY-MM-DD, like 2025-02-12';
const TIME_RULE = 'a time on the 24-hour clock written as HH:MM, like 09:30 or 14:00';

/** A clock time in Melbourne: `9:30`, `14:00`. */
const clockTime = z.string({ error: TIME_RULE }).regex(/^([01]?\d|2[0-3]):[0-5]\d$/, {
  error: TIME_RULE,
});

/** One session of an intake, in Melbourne's local time: its day, start, and end or length. */
const scheduledSession = z
  .strictObject({
    /** The day the session meets: 2025-02-12. */
    date: isoDate
      .refine((date) => date.length === 10, { error: DAY_RULE })
      .meta({
        title: 'Date',
        description: 'The day the session meets: 2025-02-12.',
        pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
        patternMessage: DAY_RULE,
      }),
    /** When it starts, Melbourne time on the 24-hour clock: "10:00". */
    starts: clockTime.meta({
      title: 'Starts',
      description: 'Melbourne time, on the 24-hour clock: 10:00.',
    }),
    /** When it ends, Melbourne time: "12:00". Give this or `minutes`, not both. */
    ends: clockTime.optional().meta({
      title: 'Ends',
      description: 'Melbourne time: 12:00. Fill in this or "Minutes", not both.',
    }),
    /** How long it runs, in minutes: 120. Give this or `ends`, not both. */
    minutes: z.number().int().positive().optional().meta({
      title: 'Minutes',
      description: 'How long it runs: 120. Fill in this or "Ends", not both.',
    }),
  })
  .superRefine((session, ctx) => {
    const { starts, ends, minutes } = session;
    if ((ends === undefined) === (minutes === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [ends === undefined ? 'ends' : 'minutes'],
        input: ends === undefined ? undefined : minutes,
        message:
          ends === undefined
            ? 'an end time ("ends: 12:00") or a length in minutes ("minutes: 120")'
            : 'either "ends" or "minutes", not both: remove one',
      });
      return;
    }
    const end = ends === undefined ? minutesOf(starts) + (minutes ?? 0) : minutesOf(ends);
    if (end <= minutesOf(starts) || end > 24 * 60) {
      ctx.addIssue({
        code: 'custom',
        path: [ends === undefined ? 'minutes' : 'ends'],
        input: ends ?? minutes,
        message: `an end later on the same day as "starts" (${starts})`,
      });
    }
  });

/** The editor's words for a CoP's mark, in the site's status words. */
const COP_MARK_LABELS: Record<CopMark, string> = {
  waitlist: `${STATUS_LABELS.waitlist}: a waitlist only`,
  closed: `${STATUS_LABELS.closed}: full, no new expressions of interest`,
};

/** One CoP with less room than its intake: a waitlist only, or full. */
const copMark = z.strictObject({
  /** The CoP, by its file name without ".mdx": mid-to-senior. The editor offers the CoPs by title. */
  cop: z.string().min(1).meta({
    title: 'CoP',
    description: 'The CoP with less room than the rest of the intake.',
    relatesTo: 'cops',
  }),
  /** Its own status in this intake: waitlist (a waitlist only) or closed (full). */
  status: z.enum(COP_MARKS).meta({
    title: 'Status',
    description:
      'Waitlist: the form offers it as "(waitlist only)". Closed: it is full, and the form shows it but it cannot be chosen.',
    optionLabels: COP_MARK_LABELS,
  }),
});

/** One intake: a group of CoPs that run over the same months. */
const intake = z
  .strictObject({
    /** A short, stable name used in links and the form: "first", "second". Lower case and hyphens. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: 'lower-case letters, digits and hyphens, like second-intake',
      })
      .meta({
        title: 'Id',
        description:
          'A short name used in links, calendar files and the form: lower case and hyphens, like second. Different for each intake.',
      }),
    /** The intake's name as people read it: "Second intake". */
    name: z
      .string()
      .min(1)
      .meta({ title: 'Name', description: 'As people read it: "Second intake".' }),
    /** When expressions of interest open and close; leave out what is not yet known. */
    applications: z
      .strictObject({
        /** The first day (or month) expressions of interest are accepted. */
        opens: isoDate.optional().meta({
          title: 'Opens',
          description: 'The first day (or month) expressions of interest are taken.',
        }),
        /** The last day (or month) expressions of interest are accepted. */
        closes: isoDate.optional().meta({
          title: 'Closes',
          description: 'The last day (or month); before the sessions begin.',
        }),
      })
      .optional()
      .meta({
        title: 'Applications',
        description: 'When expressions of interest are taken; leave out what is not known.',
      }),
    /** When the sessions run, first to last. */
    sessions: dateRange.meta({
      title: 'Sessions',
      description: 'When the CoPs meet, within "Runs".',
    }),
    /**
     * Each session's day and time, once they are set: for the CoP pages and the calendar file.
     * Leave out while only the months are known.
     */
    schedule: z
      .array(scheduledSession.meta({ title: 'Session' }))
      .min(1)
      .optional()
      .meta({
        title: 'Schedule',
        description:
          "Each session's day and time, once set (Melbourne time): listed on the CoP pages and put in the calendar file. Leave empty while only the months are known.",
      }),
    /** The status to show, overriding the dates: open, waitlist, opening-soon or closed. */
    status: z.enum(intakeStatuses).optional().meta({
      title: 'Status',
      description:
        'Leave empty and the site works it out from the dates. Choose one only to decide yourself, such as closing a full intake early.',
      optionLabels: STATUS_LABELS,
    }),
    /**
     * CoPs with less room than the intake: each on a waitlist only, or full. A mark only ever
     * lowers a CoP's status, and once the sessions have ended it is finished like the rest. When
     * every CoP is full, the intake shows as closed.
     */
    cops: z
      .array(copMark.meta({ title: 'CoP with less room' }))
      .optional()
      .meta({
        title: 'CoPs with less room',
        description:
          'Add a CoP here when it fills before the others: a waitlist only, or full. The other CoPs and the intake keep their status; when every CoP is full, the intake shows as closed.',
      }),
    /** A sentence for applicants about this intake, shown beside its status. */
    note: z.string().min(1).optional().meta({
      multiline: true,
      title: 'Note',
      description: 'A sentence for applicants, shown beside the status.',
    }),
  })
  .superRefine((intake, ctx) => {
    const { from, to } = intake.sessions;
    const seen = new Set<string>();
    intake.schedule?.forEach((session, index) => {
      if (isSurelyAfter(from, session.date) || isSurelyAfter(session.date, to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', index, 'date'],
          input: session.date,
          message: `a day within this intake's "sessions" (${from} to ${to}): widen "sessions" or correct the day`,
        });
      }
      const when = `${session.date} ${minutesOf(session.starts)}`;
      if (seen.has(when)) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', index, 'starts'],
          input: session.starts,
          message: `a session not listed twice (${session.date} at ${session.starts} is already there): remove one`,
        });
      }
      seen.add(when);
    });
    const marked = new Set<string>();
    intake.cops?.forEach((mark, index) => {
      if (marked.has(mark.cop)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cops', index, 'cop'],
          input: mark.cop,
          message: `a CoP marked once in this intake ("${mark.cop}" is already marked above): remove one of the two`,
        });
      }
      marked.add(mark.cop);
    });
    const { opens, closes } = intake.applications ?? {};
    const starts = intake.sessions.from;
    if (opens && closes && isSurelyAfter(opens, closes)) {
      ctx.addIssue({
        code: 'custom',
        path: ['applications', 'closes'],
        input: closes,
        message: `a date on or after "applications.opens" (${opens}): applications cannot close before they open`,
      });
    }
    for (const [field, date] of [
      ['closes', closes],
      ['opens', opens],
    ] as const) {
      if (date && isSurelyAfter(date, starts)) {
        ctx.addIssue({
          code: 'custom',
          path: ['applications', field],
          input: date,
          message: `a date on or before "sessions.from" (${starts}): applications must ${field === 'opens' ? 'open' : 'close'} before sessions begin`,
        });
      }
    }
  });

/** A funder named in the funding statement. */
const funder = z.strictObject({
  /** The funder's name: "Department of Education". */
  name: z.string().min(1).meta({ title: 'Name', description: '"Department of Education".' }),
  /** The funder's web address; leave out if unknown. */
  url: z
    .url({ error: 'a web address starting with https://' })
    .optional()
    .meta({ title: 'Web address', description: 'Starting with https://; leave empty if unknown.' }),
});

/** `content/programme/<year>.yaml`: one programme year. */
export const programmeSchema = z
  .strictObject({
    /** The programme's name: "2024–25 Communities of Practice". */
    title: z.string().min(1).meta({
      title: 'Title',
      description: 'The home page\'s heading: "2024-25 Communities of Practice".',
    }),
    /** The months the whole programme spans. */
    runs: dateRange.meta({
      title: 'Runs',
      description: 'The months the whole programme spans; it decides which year the site shows.',
    }),
    /** The intakes of this year, in date order. */
    intakes: z
      .array(intake.meta({ title: 'Intake' }))
      .min(1, {
        error: 'at least one intake (a list item with id, name and sessions): see docs/editing.md',
      })
      .meta({ title: 'Intakes', description: 'The intakes of the year, in date order.' }),
    /** The most practitioners in one CoP. */
    capacity: z
      .number()
      .int()
      .positive()
      .meta({ title: 'Capacity', description: 'The most practitioners in one CoP.' }),
    /** How many sessions each CoP has. */
    sessions: z
      .number()
      .int()
      .positive()
      .meta({ title: 'Sessions', description: 'How many sessions each CoP has.' }),
    /** What a place costs, as a sentence: "Free". */
    cost: z.string().min(1).meta({
      title: 'Cost',
      description:
        'What a place costs. Start with "Free" when it is free: search engines are then told so.',
    }),
    /** How sessions are held, as a sentence: "Mostly online". */
    delivery: z
      .string()
      .min(1)
      .meta({ title: 'Delivery', description: 'How sessions are held: "Mostly online".' }),
    /** Who may join, as a phrase: "Victorian-based practitioners". */
    eligibility: z.string().min(1).meta({
      title: 'Eligibility',
      description: 'Who may join: "Victorian-based practitioners".',
    }),
    /** The break in the programme year, as a sentence; add dates only when they are known. */
    summerBreak: z
      .strictObject({
        /** What the break is: "A break over the summer holidays". */
        description: z.string().min(1).meta({
          title: 'Description',
          description: 'The break in words, shown on the home page.',
        }),
        /** When the break runs, if known. */
        dates: dateRange.optional().meta({
          title: 'Dates',
          description:
            'When the break runs, once known; until then the timeline shades the gap between intakes.',
        }),
      })
      .meta({ title: 'Summer break', description: 'The break in the programme year.' }),
    /** The funding acknowledgement, word for word. */
    funding: z
      .strictObject({
        /** The sentence shown in the footer and on the home page. */
        statement: z.string().min(1).meta({
          multiline: true,
          title: 'Statement',
          description: 'Shown on the home page and in every page footer, word for word.',
        }),
        /** The funders, for structured data. */
        funders: z
          .array(funder.meta({ title: 'Funder' }))
          .min(1)
          .meta({ title: 'Funders', description: 'Named to search engines as the funders.' }),
        /** The funded program's name. */
        program: z.string().min(1).optional().meta({
          title: 'Program',
          description: "The funded program's name, kept with the funding details.",
        }),
      })
      .meta({ title: 'Funding', description: 'The funding acknowledgement.' }),
    /** Set to true to make this programme current whatever its dates say. */
    current: z.boolean().optional().meta({
      title: 'Current',
      description:
        'On makes this the programme the site shows, whatever the dates; only one file may have it.',
    }),
    /**
     * One or two sentences on what comes next, shown once every intake has finished:
     * "Applications for 2026–27 open in February 2026." Without it the site says
     * "Next year's programme will be announced here."
     */
    whatComesNext: z.string().min(1).optional().meta({
      multiline: true,
      title: 'What comes next',
      description:
        'Shown once every intake has finished. Leave empty and the site says "Next year\'s programme will be announced here."',
    }),
  })
  .superRefine((programme, ctx) => {
    const seen = new Set<string>();
    programme.intakes.forEach((intake, index) => {
      if (seen.has(intake.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['intakes', index, 'id'],
          input: intake.id,
          message: `an id no other intake in this file uses ("${intake.id}" is taken): links and the form tell intakes apart by id`,
        });
      }
      seen.add(intake.id);
      const { from, to } = programme.runs;
      const outside = isSurelyAfter(from, intake.sessions.from)
        ? 'from'
        : isSurelyAfter(intake.sessions.to, to)
          ? 'to'
          : undefined;
      if (outside) {
        ctx.addIssue({
          code: 'custom',
          path: ['intakes', index, 'sessions', outside],
          input: intake.sessions[outside],
          message: `a date within the programme's "runs" (${from} to ${to}): widen "runs" or correct the sessions`,
        });
      }
    });
  });

export type ProgrammeInput = z.input<typeof programmeSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Intake = Programme['intakes'][number];
