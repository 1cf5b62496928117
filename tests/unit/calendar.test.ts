import { describe, expect, it } from 'vitest';
import {
  calendarPath,
  escapeText,
  foldLine,
  intakeCalendar,
  offersCalendar,
  type IntakeCalendarInput,
} from '../../src/lib/calendar';
import { parseCalendar, property, unescapeText } from '../support/ical';

const input: IntakeCalendarInput = {
  programme: {
    id: '2024-25',
    title: '2024–25 Communities of Practice',
    sessions: 8,
    delivery: 'Mostly online',
    cost: 'Free',
  },
  intake: {
    id: 'second',
    name: 'Second intake',
    sessions: { from: '2025-02', to: '2025-05' },
    note: 'We are accepting expressions of interest; to join the waitlist, complete the form.',
  },
  organisation: 'Safe and Equal',
  url: 'https://cop.example.org.au/',
  now: new Date('2026-11-25T01:02:03Z'),
};

describe('the calendar file for an intake', () => {
  it('is strict iCalendar: CRLF, lines folded at 75 octets, components closed', () => {
    expect(() => parseCalendar(intakeCalendar(input))).not.toThrow();
    expect(() => parseCalendar('BEGIN:VCALENDAR\nEND:VCALENDAR\r\n')).toThrow(/bare CR or LF/);
    expect(() =>
      parseCalendar(`BEGIN:VCALENDAR\r\nX:${'a'.repeat(80)}\r\nEND:VCALENDAR\r\n`),
    ).toThrow(/longer than 75/);
  });

  it('is one VCALENDAR (version 2.0, Gregorian) with a PRODID', () => {
    const calendar = parseCalendar(intakeCalendar(input));
    expect(property(calendar, 'VERSION')?.value).toBe('2.0');
    expect(property(calendar, 'CALSCALE')?.value).toBe('GREGORIAN');
    expect(property(calendar, 'PRODID')?.value).toMatch(/^-\/\/Safe and Equal\/\//);
  });

  it('holds the sessions as an all-day event from 1 February to the day after 31 May', () => {
    const [event, ...others] = parseCalendar(intakeCalendar(input)).children;
    expect(others).toEqual([]);
    expect(event?.type).toBe('VEVENT');
    expect(property(event!, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20250201',
    });
    expect(property(event!, 'DTEND')).toEqual({
      name: 'DTEND',
      params: { VALUE: 'DATE' },
      value: '20250601',
    });
    expect(unescapeText(property(event!, 'SUMMARY')!.value)).toBe(
      'Safe and Equal Communities of Practice: Second intake sessions',
    );
  });

  it('stamps each event with a stable UID and the build time in UTC', () => {
    const event = parseCalendar(intakeCalendar(input)).children[0]!;
    expect(property(event, 'UID')?.value).toBe('2024-25-second-sessions@cop.example.org.au');
    expect(property(event, 'DTSTAMP')?.value).toBe('20261125T010203Z');
  });

  it("carries the intake's note with its commas and semicolons intact, and the page's address", () => {
    const event = parseCalendar(intakeCalendar(input)).children[0]!;
    const description = unescapeText(property(event, 'DESCRIPTION')!.value);
    expect(description.split('\n')).toEqual([
      'Second intake of the 2024–25 Communities of Practice: 8 sessions, February to May 2025.',
      'Mostly online. Free.',
      input.intake.note,
      'Details: https://cop.example.org.au/',
    ]);
    expect(property(event, 'URL')?.value).toBe('https://cop.example.org.au/');
  });

  it('adds the application period when its dates are known, days exactly', () => {
    const withDates = {
      ...input,
      intake: { ...input.intake, applications: { opens: '2024-12-02', closes: '2025-01-31' } },
    };
    const [applications] = parseCalendar(intakeCalendar(withDates)).children;
    expect(unescapeText(property(applications!, 'SUMMARY')!.value)).toBe(
      'Expressions of interest open: Safe and Equal Communities of Practice, Second intake',
    );
    expect(property(applications!, 'DTSTART')?.value).toBe('20241202');
    expect(property(applications!, 'DTEND')?.value).toBe('20250201');
    expect(property(applications!, 'UID')?.value).toBe(
      '2024-25-second-applications@cop.example.org.au',
    );
  });

  it('marks the closing day alone when only the closing date is known', () => {
    const closesOnly = {
      ...input,
      intake: { ...input.intake, applications: { closes: '2025-02-28' } },
    };
    const [applications] = parseCalendar(intakeCalendar(closesOnly)).children;
    expect(unescapeText(property(applications!, 'SUMMARY')!.value)).toMatch(
      /^Expressions of interest close:/,
    );
    expect(property(applications!, 'DTSTART')?.value).toBe('20250228');
    expect(property(applications!, 'DTEND')?.value).toBe('20250301');
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

describe('where and when the calendar is offered', () => {
  it('serves each intake at its own address', () => {
    expect(calendarPath('2025-26', 'first')).toBe('/calendar/2025-26-first.ics');
  });

  it('is offered until the sessions end, or while interest is still taken', () => {
    const intake = { sessions: { from: '2025-02', to: '2025-05' } };
    expect(offersCalendar(intake, false, new Date('2025-05-31T02:00:00Z'))).toBe(true);
    expect(offersCalendar(intake, false, new Date('2025-06-01T02:00:00Z'))).toBe(false);
    expect(offersCalendar(intake, true, new Date('2026-11-25T02:00:00Z'))).toBe(true);
  });
});
