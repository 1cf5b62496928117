import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { contentFields } from '../../scripts/lib/content-file.ts';
import { testSitePath } from '../../scripts/lib/test-site.ts';
import { formatContentError } from '../../src/lib/content/error-messages.ts';
import { careerStages, settings } from '../../src/lib/cop-groups.ts';
import { copSchema } from '../../src/schemas/cop.ts';
import { dateRange, isoDate } from '../../src/schemas/dates.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import {
  intakeStatuses,
  programmeSchema,
  type ProgrammeInput,
} from '../../src/schemas/programme.ts';
import { reflectionSchema } from '../../src/schemas/reflection.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/content-samples');
const CONTENT = testSitePath();

/** A fixture's fields as the build reads them. */
function fixture(name: string): unknown {
  return contentFields(join(FIXTURES, name));
}

/** The lines an editor sees when the build refuses `data` as `file`. */
function errorLines(schema: z.ZodType, data: unknown, file: string): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error(`${file} passed its schema, but it should not`);
  return formatContentError(file, result.error.issues).split('\n');
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
const DATE_RULE = 'a real date written as YYYY-MM or YYYY-MM-DD, like 2024-08 or 2024-08-15';

describe('every file of the test site passes its schema as the build reads it', () => {
  const folders: [string, z.ZodType, RegExp][] = [
    ['.', siteSchema, /^site\.yaml$/],
    ['programme', programmeSchema, /\.yaml$/],
    ['cops', copSchema, /\.mdx$/],
    ['pages', pageSchema, /\.mdx$/],
    ['reflections', reflectionSchema, /\.yaml$/],
  ];
  for (const [folder, schema, pattern] of folders) {
    const files = readdirSync(join(CONTENT, folder)).filter((name) => pattern.test(name));
    test.each(files)(`${join('content', folder)}/%s`, (name) => {
      const path = join(CONTENT, folder, name);
      const result = schema.safeParse(contentFields(path), {
        reportInput: true,
      });
      expect(result.success ? '' : formatContentError(name, result.error.issues)).toBe('');
    });
  }
});

describe('site', () => {
  test('a complete site file is read with the default Quick exit label', () => {
    const site = siteSchema.parse(fixture('good/site.yaml'));
    expect(site.quickExit).toEqual({ url: 'https://www.example.com/', label: 'Quick exit' });
    expect(site.supportLines.map((line) => line.number)).toEqual(['000', '1800 000 000']);
  });

  test('each mistake gets its own line naming the field, what was found and what is expected', () => {
    expect(errorLines(siteSchema, fixture('bad/site.yaml'), 'content/site.yaml')).toEqual([
      'content/site.yaml: field "organisation" is missing; expected text.',
      'content/site.yaml: field "quickExit.url" is "http://www.example.com/"; expected a web address starting with https://.',
      'content/site.yaml: field "supportLines[2].number" is "1800-000-000"; expected a phone number of digits and spaces, like 1800 737 732.',
      'content/site.yaml: field "acknowledgement" is empty; expected some text.',
      'content/site.yaml: "contact" is not a field; check the spelling against docs/editing.md or remove it.',
    ]);
  });

  test('a web address written without https:// is refused for Quick exit', () => {
    const site = fixture('good/site.yaml') as Record<string, unknown>;
    const lines = errorLines(
      siteSchema,
      { ...site, quickExit: { url: 'www.example.com' } },
      'content/site.yaml',
    );
    expect(lines).toEqual([
      'content/site.yaml: field "quickExit.url" is "www.example.com"; expected a web address starting with https://.',
    ]);
  });

  test('a programme contact email that is not one says what an email address looks like', () => {
    const site = fixture('good/site.yaml') as Record<string, unknown>;
    const lines = errorLines(
      siteSchema,
      { ...site, programmeContact: { email: 'cop at example.org', phone: '03 9123 4567' } },
      'content/site.yaml',
    );
    expect(lines).toEqual([
      'content/site.yaml: field "programmeContact.email" is "cop at example.org"; expected an email address, like cop@example.org.',
    ]);
  });

  test('a group written as one line says a group of fields is expected', () => {
    const site = fixture('good/site.yaml') as Record<string, unknown>;
    const lines = errorLines(
      siteSchema,
      { ...site, quickExit: 'https://www.example.com/', supportLines: [] },
      'content/site.yaml',
    );
    expect(lines).toEqual([
      'content/site.yaml: field "quickExit" is "https://www.example.com/"; expected a group of fields (indented lines of name: value).',
      'content/site.yaml: field "supportLines" is an empty list; expected at least 1 item.',
    ]);
  });

  test('an empty file says so, rather than naming a field', () => {
    expect(errorLines(siteSchema, fixture('bad/empty.yaml'), 'content/site.yaml')).toEqual([
      'content/site.yaml: the file is empty; expected fields written as name: value.',
    ]);
  });
});

describe('programme', () => {
  test('dates keep the precision the editor wrote, month or day', () => {
    const programme = programmeSchema.parse(fixture('good/programme.yaml'));
    expect(programme.runs).toEqual({ from: '2030-08', to: '2031-05' });
    expect(programme.intakes[0]?.applications).toEqual({ opens: '2030-06-01', closes: '2030-07' });
    expect(programme.summerBreak.dates).toEqual({ from: '2030-12-15', to: '2031-01' });
  });

  test('a day read by YAML as a date is stored as the ISO text the editor wrote', () => {
    expect(isoDate.parse(new Date('2030-06-01T00:00:00Z'))).toBe('2030-06-01');
  });

  test('each mistake gets its own line, including a day that does not exist and a month in words', () => {
    const file = 'content/programme/2030-31.yaml';
    expect(errorLines(programmeSchema, fixture('bad/programme.yaml'), file)).toEqual([
      `${file}: field "runs.to" is "2030-08"; expected a date on or after "from" (2031-05): a span cannot end before it starts.`,
      `${file}: field "intakes[1].applications.opens" is "Aug 2030"; expected ${DATE_RULE}.`,
      `${file}: field "intakes[1].sessions.from" is "2030-02-30"; expected ${DATE_RULE}.`,
      `${file}: field "intakes[1].status" is "full"; expected one of ${quoted(intakeStatuses)}.`,
      `${file}: field "intakes[2].id" is "Second Intake"; expected lower-case letters, digits and hyphens, like second-intake.`,
      `${file}: field "capacity" is "twenty-five"; expected a number.`,
      `${file}: field "sessions" is missing; expected a number.`,
      `${file}: field "funding.funders" is an empty list; expected at least 1 item.`,
    ]);
  });

  test('a span ending in the month it starts in is allowed, whatever the precision', () => {
    expect(dateRange.safeParse({ from: '2030-08-15', to: '2030-08' }).success).toBe(true);
    expect(dateRange.safeParse({ from: '2030-08', to: '2030-08-01' }).success).toBe(true);
    expect(dateRange.safeParse({ from: '2030-08-15', to: '2030-08-14' }).success).toBe(false);
  });

  test('a missing date and a date written as a number say what a date looks like', () => {
    const lines = errorLines(dateRange, { to: 203008 }, 'content/programme/2030-31.yaml');
    expect(lines).toEqual([
      `content/programme/2030-31.yaml: field "from" is missing; expected ${DATE_RULE}.`,
      `content/programme/2030-31.yaml: field "to" is 203008; expected ${DATE_RULE}.`,
    ]);
  });

  test('a programme needs at least one intake, and a capacity of one or more', () => {
    const programme = fixture('good/programme.yaml') as Record<string, unknown>;
    const file = 'content/programme/2030-31.yaml';
    expect(errorLines(programmeSchema, { ...programme, intakes: [], capacity: 0 }, file)).toEqual([
      `${file}: field "intakes" is an empty list; expected at least one intake (a list item with id, name and sessions): see docs/editing.md.`,
      `${file}: field "capacity" is 0; expected a number more than 0.`,
    ]);
  });
});

describe('programme: dates that disagree with each other', () => {
  const file = 'content/programme/2025-26.yaml';
  const valid: ProgrammeInput = {
    title: '2025–26 Communities of Practice',
    runs: { from: '2025-08', to: '2026-05' },
    intakes: [
      {
        id: 'first',
        name: 'First intake',
        applications: { opens: '2025-06-02', closes: '2025-07-25' },
        sessions: { from: '2025-08', to: '2025-11' },
      },
    ],
    capacity: 25,
    sessions: 8,
    cost: 'Free',
    delivery: 'Mostly online',
    eligibility: 'Victorian-based practitioners',
    summerBreak: { description: 'A break over the summer holidays' },
    funding: { statement: 'Funded.', funders: [{ name: 'Department of Education' }] },
  };
  const withIntake = (changes: Partial<ProgrammeInput['intakes'][number]>) => ({
    ...valid,
    intakes: [{ ...valid.intakes[0]!, ...changes }],
  });
  const lines = (input: ProgrammeInput) => errorLines(programmeSchema, input, file);

  test('names applications that close after sessions begin', () => {
    expect(lines(withIntake({ applications: { closes: '2025-09-05' } }))).toEqual([
      `${file}: field "intakes[1].applications.closes" is "2025-09-05"; expected a date on or before "sessions.from" (2025-08): applications must close before sessions begin.`,
    ]);
  });

  test('lets applications close within the month sessions start, when only the month is known', () => {
    expect(
      programmeSchema.safeParse(withIntake({ applications: { closes: '2025-08-10' } })).success,
    ).toBe(true);
  });

  test('names applications that close before they open', () => {
    const backwards = withIntake({ applications: { opens: '2025-07-01', closes: '2025-06-01' } });
    expect(lines(backwards)).toEqual([
      `${file}: field "intakes[1].applications.closes" is "2025-06-01"; expected a date on or after "applications.opens" (2025-07-01): applications cannot close before they open.`,
    ]);
  });

  test('names the second of two intakes with the same id', () => {
    const twice = {
      ...valid,
      intakes: [valid.intakes[0]!, { ...valid.intakes[0]!, name: 'Again' }],
    };
    expect(lines(twice)).toEqual([
      `${file}: field "intakes[2].id" is "first"; expected an id no other intake in this file uses ("first" is taken): links and the form tell intakes apart by id.`,
    ]);
  });

  test('names sessions outside the months the programme runs', () => {
    expect(lines(withIntake({ sessions: { from: '2025-08', to: '2026-07' } }))).toEqual([
      `${file}: field "intakes[1].sessions.to" is "2026-07"; expected a date within the programme's "runs" (2025-08 to 2026-05): widen "runs" or correct the sessions.`,
    ]);
  });

  test('names a CoP marked twice in one intake, and a status a CoP cannot be marked with', () => {
    const cops = [
      { cop: 'mid-to-senior', status: 'waitlist' as const },
      { cop: 'resistance', status: 'closed' as const },
      { cop: 'mid-to-senior', status: 'closed' as const },
    ];
    expect(programmeSchema.safeParse(withIntake({ cops: cops.slice(0, 2) })).success).toBe(true);
    expect(lines(withIntake({ cops }))).toEqual([
      `${file}: field "intakes[1].cops[3].cop" is "mid-to-senior"; expected a CoP marked once in this intake ("mid-to-senior" is already marked above): remove one of the two.`,
    ]);
    const opening = [{ cop: 'resistance', status: 'opening-soon' }];
    expect(lines(withIntake({ cops: opening } as never))).toEqual([
      `${file}: field "intakes[1].cops[1].status" is "opening-soon"; expected one of "waitlist", "closed".`,
    ]);
  });

  describe('session dates and times', () => {
    const session = { date: '2025-08-13', starts: '10:00', ends: '12:00' };

    test('accepts days within the sessions, each with an end time or a length', () => {
      const schedule = [session, { date: '2025-08-27', starts: '9:30', minutes: 90 }];
      expect(programmeSchema.safeParse(withIntake({ schedule })).success).toBe(true);
    });

    test('names a month where a day is needed, and a day outside the sessions', () => {
      const schedule = [
        { ...session, date: '2025-08' },
        { ...session, date: '2025-12-03' },
      ];
      expect(lines(withIntake({ schedule }))).toEqual([
        `${file}: field "intakes[1].schedule[1].date" is "2025-08"; expected a day written as YYYY-MM-DD, like 2025-02-12.`,
        `${file}: field "intakes[1].schedule[2].date" is "2025-12-03"; expected a day within this intake's "sessions" (2025-08 to 2025-11): widen "sessions" or correct the day.`,
      ]);
    });

    test('names a time that is not on the 24-hour clock, and an end before the start', () => {
      const schedule = [
        { ...session, starts: '10am' },
        { ...session, date: '2025-08-20', ends: '09:00' },
      ];
      expect(lines(withIntake({ schedule }))).toEqual([
        `${file}: field "intakes[1].schedule[1].starts" is "10am"; expected a time on the 24-hour clock written as HH:MM, like 09:30 or 14:00.`,
        `${file}: field "intakes[1].schedule[2].ends" is "09:00"; expected an end later on the same day as "starts" (10:00).`,
      ]);
    });

    test('asks for an end time or a length, and not both', () => {
      const schedule = [
        { date: '2025-08-13', starts: '10:00' },
        { ...session, date: '2025-08-20', minutes: 120 },
      ];
      expect(lines(withIntake({ schedule }))).toEqual([
        `${file}: field "intakes[1].schedule[1].ends" is missing; expected an end time ("ends: 12:00") or a length in minutes ("minutes: 120").`,
        `${file}: field "intakes[1].schedule[2].minutes" is 120; expected either "ends" or "minutes", not both: remove one.`,
      ]);
    });

    test('names a session listed twice', () => {
      expect(lines(withIntake({ schedule: [session, { ...session, starts: '10:00' }] }))).toEqual([
        `${file}: field "intakes[1].schedule[2].starts" is "10:00"; expected a session not listed twice (2025-08-13 at 10:00 is already there): remove one.`,
      ]);
    });
  });
});

describe('cop', () => {
  test('a complete CoP is read, not a draft unless it says so', () => {
    const cop = copSchema.parse(fixture('good/cop.mdx'));
    expect(cop.audience).toEqual(['Practitioners who want an example']);
    expect(cop.draft).toBe(false);
  });

  test('each mistake gets its own line, an unknown field included', () => {
    const file = 'content/cops/example.mdx';
    const summary = (fixture('bad/cop.mdx') as { summary: string }).summary;
    expect(errorLines(copSchema, fixture('bad/cop.mdx'), file)).toEqual([
      `${file}: field "summary" is ${summary.length} characters long; expected at most 200 characters.`,
      `${file}: field "audience" is an empty list; expected at least one line saying who it is for.`,
      `${file}: field "careerStage" is "junior"; expected one of ${quoted(careerStages)}.`,
      `${file}: field "setting" is "Schools"; expected one of ${quoted(settings)}.`,
      `${file}: field "order" is 0; expected a number more than 0.`,
      `${file}: "carerStage" is not a field; check the spelling against docs/editing.md or remove it.`,
    ]);
  });

  test('who it is for written as one line asks for a list, and a blank item is found', () => {
    const cop = fixture('good/cop.mdx') as Record<string, unknown>;
    const file = 'content/cops/example.mdx';
    expect(errorLines(copSchema, { ...cop, audience: 'Everyone' }, file)).toEqual([
      `${file}: field "audience" is "Everyone"; expected a list (lines starting with "- ").`,
    ]);
    expect(errorLines(copSchema, { ...cop, audience: ['Everyone', ''], order: 1.5 }, file)).toEqual(
      [
        `${file}: field "audience[2]" is empty; expected some text.`,
        `${file}: field "order" is 1.5; expected a whole number.`,
      ],
    );
  });
});

describe('page', () => {
  test('a resource without a web address is allowed, so the page can name it without a link', () => {
    const page = pageSchema.parse(fixture('good/page.mdx'));
    expect(page.resources[0]).toEqual({
      title: 'Learning Together',
      description: 'A resource named without a link.',
    });
  });

  test('each mistake gets its own line', () => {
    const file = 'content/pages/approach.mdx';
    expect(errorLines(pageSchema, fixture('bad/page.mdx'), file)).toEqual([
      `${file}: field "order" is -1; expected a number more than 0.`,
      `${file}: field "resources[1].url" is "www.example.com/report.pdf"; expected a web address starting with https://.`,
      `${file}: field "resources[2].title" is missing; expected text.`,
      `${file}: field "draft" is "yes"; expected true or false.`,
    ]);
  });
});

describe('reflection', () => {
  test('a reflection dated by month is read', () => {
    expect(reflectionSchema.parse(fixture('good/reflection.yaml'))).toMatchObject({
      date: '2023-06',
      draft: false,
    });
  });

  test('a day that does not exist is refused (unquoted ones are caught before the schema)', () => {
    const file = 'content/reflections/example.yaml';
    expect(errorLines(reflectionSchema, fixture('bad/reflection.yaml'), file)).toEqual([
      `${file}: field "quote" is missing; expected text.`,
      `${file}: field "date" is "2023-02-30"; expected ${DATE_RULE}.`,
      `${file}: field "cop" is empty; expected some text.`,
    ]);
  });
});
