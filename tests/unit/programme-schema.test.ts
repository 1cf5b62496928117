import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/error-messages';
import { programmeSchema, type ProgrammeInput } from '../../src/schemas/programme';

const FILE = 'content/programme/2025-26.yaml';

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

function messages(input: ProgrammeInput): string[] {
  const result = programmeSchema.safeParse(input, { reportInput: true });
  return result.success ? [] : formatContentError(FILE, result.error.issues).split('\n');
}

const withIntake = (changes: Partial<ProgrammeInput['intakes'][number]>) => ({
  ...valid,
  intakes: [{ ...valid.intakes[0]!, ...changes }],
});

describe('a programme file whose dates disagree with each other', () => {
  it('accepts a consistent programme', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('names sessions that end before they start', () => {
    expect(messages(withIntake({ sessions: { from: '2025-11', to: '2025-08' } }))).toEqual([
      `${FILE}: field "intakes[1].sessions.to" is "2025-08"; expected a date on or after "from" (2025-11): a span cannot end before it starts.`,
    ]);
  });

  it('names applications that close after sessions begin', () => {
    const late = withIntake({ applications: { closes: '2025-09-05' } });
    expect(messages(late)).toEqual([
      `${FILE}: field "intakes[1].applications.closes" is "2025-09-05"; expected a date on or before "sessions.from" (2025-08): applications must close before sessions begin.`,
    ]);
  });

  it('lets applications close within the month sessions start, when only the month is known', () => {
    expect(messages(withIntake({ applications: { closes: '2025-08-10' } }))).toEqual([]);
  });

  it('names applications that close before they open', () => {
    const backwards = withIntake({ applications: { opens: '2025-07-01', closes: '2025-06-01' } });
    expect(messages(backwards)).toEqual([
      `${FILE}: field "intakes[1].applications.closes" is "2025-06-01"; expected a date on or after "applications.opens" (2025-07-01): applications cannot close before they open.`,
    ]);
  });

  it('names the second of two intakes with the same id', () => {
    const twice = {
      ...valid,
      intakes: [valid.intakes[0]!, { ...valid.intakes[0]!, name: 'Again' }],
    };
    expect(messages(twice)).toEqual([
      `${FILE}: field "intakes[2].id" is "first"; expected an id no other intake in this file uses ("first" is taken): links and the form tell intakes apart by id.`,
    ]);
  });

  it('names sessions outside the months the programme runs', () => {
    expect(messages(withIntake({ sessions: { from: '2025-08', to: '2026-07' } }))).toEqual([
      `${FILE}: field "intakes[1].sessions.to" is "2026-07"; expected a date within the programme's "runs" (2025-08 to 2026-05): widen "runs" or correct the sessions.`,
    ]);
  });

  it('says what an intake needs when there is none', () => {
    expect(messages({ ...valid, intakes: [] })).toEqual([
      `${FILE}: field "intakes" is an empty list; expected at least one intake (a list item with id, name and sessions): see docs/editing.md.`,
    ]);
  });

  it('rejects a quoted date that does not exist', () => {
    expect(messages(withIntake({ applications: { opens: '2025-02-30' } }))).toEqual([
      `${FILE}: field "intakes[1].applications.opens" is "2025-02-30"; expected a real date written as YYYY-MM or YYYY-MM-DD, like 2024-08 or 2024-08-15.`,
    ]);
  });
});

describe('session dates and times', () => {
  const session = { date: '2025-08-13', starts: '10:00', ends: '12:00' };

  it('accepts days within the sessions, each with an end time or a length', () => {
    const schedule = [session, { date: '2025-08-27', starts: '9:30', minutes: 90 }];
    expect(messages(withIntake({ schedule }))).toEqual([]);
  });

  it('names a month where a day is needed, and a day outside the sessions', () => {
    const schedule = [
      { ...session, date: '2025-08' },
      { ...session, date: '2025-12-03' },
    ];
    expect(messages(withIntake({ schedule }))).toEqual([
      `${FILE}: field "intakes[1].schedule[1].date" is "2025-08"; expected a day written as YYYY-MM-DD, like 2025-02-12.`,
      `${FILE}: field "intakes[1].schedule[2].date" is "2025-12-03"; expected a day within this intake's "sessions" (2025-08 to 2025-11): widen "sessions" or correct the day.`,
    ]);
  });

  it('names a time that is not on the 24-hour clock, and an end before the start', () => {
    const schedule = [
      { ...session, starts: '10am' },
      { ...session, date: '2025-08-20', ends: '09:00' },
    ];
    expect(messages(withIntake({ schedule }))).toEqual([
      `${FILE}: field "intakes[1].schedule[1].starts" is "10am"; expected a time on the 24-hour clock written as HH:MM, like 09:30 or 14:00.`,
      `${FILE}: field "intakes[1].schedule[2].ends" is "09:00"; expected an end later on the same day as "starts" (10:00).`,
    ]);
  });

  it('asks for an end time or a length, and not both', () => {
    const schedule = [
      { date: '2025-08-13', starts: '10:00' },
      { ...session, date: '2025-08-20', minutes: 120 },
    ];
    expect(messages(withIntake({ schedule }))).toEqual([
      `${FILE}: field "intakes[1].schedule[1].ends" is missing; expected an end time ("ends: 12:00") or a length in minutes ("minutes: 120").`,
      `${FILE}: field "intakes[1].schedule[2].minutes" is 120; expected either "ends" or "minutes", not both: remove one.`,
    ]);
  });

  it('names a session listed twice', () => {
    expect(messages(withIntake({ schedule: [session, { ...session, starts: '10:00' }] }))).toEqual([
      `${FILE}: field "intakes[1].schedule[2].starts" is "10:00"; expected a session not listed twice (2025-08-13 at 10:00 is already there): remove one.`,
    ]);
  });
});
