import { describe, expect, it } from 'vitest';
import {
  calendarPath,
  escapeText,
  foldLine,
  hasCalendar,
  intakeCalendar,
  offersCalendar,
  type IntakeCalendarInput,
} from '../../src/lib/calendar.ts';
import { lineProblems, readCalendar } from '../../scripts/lib/ical.ts';

/** Fortnightly Wednesdays, 10am to midday in Melbourne, either side of daylight saving's end. */
const schedule = [
  { date: '2025-02-12', starts: '10:00', ends: '12:00' },
  { date: '2025-03-26', starts: '10:00', minutes: 120 },
  { date: '2025-04-09', starts: '9:30', ends: '11:30' },
];

const input: IntakeCalendarInput = {
  programme: {
    id: '2024-25',
    title: '2024–25 Communities of Practice',
    delivery: 'Mostly online',
    cost: 'Free',
  },
  intake: {
    id: 'second',
    name: 'Second intake',
    sessions: { from: '2025-02', to: '2025-05' },
    applications: { opens: '2024-12-02', closes: '2025-01-24' },
    schedule,
    note: 'Places are limited; sessions are online, with captions.',
  },
  organisation: 'Safe and Equal',
  url: 'https://cop.example.org.au/',
  now: new Date('2024-12-10T01:02:03Z'),
};

const withIntake = (intake: Partial<IntakeCalendarInput['intake']>) => ({
  ...input,
  intake: { ...input.intake, ...intake },
});

describe('the calendar file for an intake with session dates', () => {
  const text = intakeCalendar(input);
  const calendar = readCalendar(text);

  it('is one iCalendar 2.0 file a calendar app reads, with CRLF lines of at most 75 octets', () => {
    expect(lineProblems(text)).toEqual([]);
    expect(calendar.version).toBe('2.0');
    expect(calendar.prodid).toMatch(/^-\/\/Safe and Equal\/\//);
  });

  it('holds each session as a timed event at the right instant, daylight saving included', () => {
    const sessions = calendar.events.filter((event) => !event.allDay);
    expect(sessions.map(({ start, end }) => [start, end])).toEqual([
      // 10am AEDT (UTC+11) is 11pm UTC the day before.
      ['2025-02-11T23:00:00.000Z', '2025-02-12T01:00:00.000Z'],
      ['2025-03-25T23:00:00.000Z', '2025-03-26T01:00:00.000Z'],
      // Daylight saving ended on 6 April: 9:30am AEST (UTC+10).
      ['2025-04-08T23:30:00.000Z', '2025-04-09T01:30:00.000Z'],
    ]);
    expect(sessions.map((event) => event.summary)).toEqual([
      'Safe and Equal Communities of Practice: Second intake, session 1 of 3',
      'Safe and Equal Communities of Practice: Second intake, session 2 of 3',
      'Safe and Equal Communities of Practice: Second intake, session 3 of 3',
    ]);
    expect(sessions.every((event) => event.transp === 'OPAQUE')).toBe(true);
  });

  it('marks the days applications open and close as single all-day events, never a span', () => {
    const days = calendar.events.filter((event) => event.allDay);
    expect(
      days.map(({ summary, start, end, transp }) => ({ summary, start, end, transp })),
    ).toEqual([
      {
        summary:
          'Expressions of interest open: Safe and Equal Communities of Practice, Second intake',
        start: '2024-12-02',
        end: '2024-12-03',
        transp: 'TRANSPARENT',
      },
      {
        summary:
          'Expressions of interest close: Safe and Equal Communities of Practice, Second intake',
        start: '2025-01-24',
        end: '2025-01-25',
        transp: 'TRANSPARENT',
      },
    ]);
  });

  it("gives every event a UID on the site's domain that a rebuild keeps", () => {
    const uids = calendar.events.map((event) => event.uid);
    expect(uids).toEqual([
      '2024-25-second-applications-open@cop.example.org.au',
      '2024-25-second-applications-close@cop.example.org.au',
      '2024-25-second-session-20250212-1000@cop.example.org.au',
      '2024-25-second-session-20250326-1000@cop.example.org.au',
      '2024-25-second-session-20250409-0930@cop.example.org.au',
    ]);
    const later = readCalendar(intakeCalendar({ ...input, now: new Date('2025-03-01T00:00:00Z') }));
    expect(later.events.map((event) => event.uid)).toEqual(uids);
  });

  it("carries the intake's note with its commas and semicolons intact, and the page's address", () => {
    const [session] = calendar.events.filter((event) => !event.allDay);
    expect(session!.description.split('\n')).toEqual([
      'Second intake of the 2024–25 Communities of Practice.',
      'Mostly online. Free.',
      input.intake.note,
      'Details: https://cop.example.org.au/',
    ]);
    expect(session!.url).toBe('https://cop.example.org.au/');
  });
});

describe('an intake known only by its months', () => {
  const monthsOnly = { sessions: { from: '2025-02', to: '2025-05' }, id: 'x', name: 'X' };

  it('has no calendar file at all: a month is not a day to put in a calendar', () => {
    expect(hasCalendar(monthsOnly)).toBe(false);
    expect(
      hasCalendar({ ...monthsOnly, applications: { opens: '2024-12', closes: '2025-01' } }),
    ).toBe(false);
  });

  it('has a calendar of just the closing day once that is a day', () => {
    const closesOnDay = withIntake({ schedule: undefined, applications: { closes: '2025-01-24' } });
    expect(hasCalendar(closesOnDay.intake)).toBe(true);
    const { events } = readCalendar(intakeCalendar(closesOnDay));
    expect(events.map(({ start, allDay }) => ({ start, allDay }))).toEqual([
      { start: '2025-01-24', allDay: true },
    ]);
  });
});

describe('when "Add to calendar" is offered', () => {
  it('while one of its days is today or later in Melbourne, and never once they are all past', () => {
    const { intake } = input;
    expect(offersCalendar(intake, new Date('2025-04-09T13:59:59Z'))).toBe(true);
    expect(offersCalendar(intake, new Date('2025-04-09T14:00:00Z'))).toBe(false);
    const closesOnly = { ...intake, schedule: undefined, applications: { closes: '2025-01-24' } };
    expect(offersCalendar(closesOnly, new Date('2025-01-24T12:00:00Z'))).toBe(true);
    expect(offersCalendar(closesOnly, new Date('2025-01-24T13:00:00Z'))).toBe(false);
  });

  it('serves each intake at its own address', () => {
    expect(calendarPath('2025-26', 'first')).toBe('/calendar/2025-26-first.ics');
  });
});

describe('the iCalendar text rules', () => {
  it('escapes backslash, semicolon, comma and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character, continuing after one space', () => {
    const line = `DESCRIPTION:${'–'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded)
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('leaves a 75-octet line whole', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });
});
