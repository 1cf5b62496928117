import { describe, expect, it } from 'vitest';
import {
  calendarPath,
  escapeText,
  foldLine,
  intakeCalendar,
  offersCalendar,
  type IntakeCalendarInput,
} from '../../src/lib/calendar';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  type: string;
  properties: Property[];
  children: Component[];
}

/** A small RFC 5545 reader: CRLF lines, unfolding, NAME;PARAM=V:VALUE, nested components. */
function parseCalendar(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const logical = physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  const root: Component = { type: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack.at(-1)!;
    if (name === 'BEGIN') {
      const child = { type: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(current.type).toBe(value);
      stack.pop();
    } else {
      const parsed = Object.fromEntries(
        params.map((param) => param.split('=') as [string, string]),
      );
      current.properties.push({ name, params: parsed, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character.toLowerCase() === 'n' ? '\n' : character,
  );
const prop = (component: Component, name: string) =>
  component.properties.find((property) => property.name === name);

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
  it('is one VCALENDAR (version 2.0, Gregorian) with a PRODID', () => {
    const calendar = parseCalendar(intakeCalendar(input));
    expect(calendar.type).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
    expect(prop(calendar, 'CALSCALE')?.value).toBe('GREGORIAN');
    expect(prop(calendar, 'PRODID')?.value).toMatch(/^-\/\/Safe and Equal\/\//);
  });

  it('holds the sessions as an all-day event from 1 February to the day after 31 May', () => {
    const [event, ...others] = parseCalendar(intakeCalendar(input)).children;
    expect(others).toEqual([]);
    expect(event?.type).toBe('VEVENT');
    expect(prop(event!, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20250201',
    });
    expect(prop(event!, 'DTEND')).toEqual({
      name: 'DTEND',
      params: { VALUE: 'DATE' },
      value: '20250601',
    });
    expect(unescape(prop(event!, 'SUMMARY')!.value)).toBe(
      'Safe and Equal Communities of Practice: Second intake sessions',
    );
  });

  it('stamps each event with a stable UID and the build time in UTC', () => {
    const event = parseCalendar(intakeCalendar(input)).children[0]!;
    expect(prop(event, 'UID')?.value).toBe('2024-25-second-sessions@cop.example.org.au');
    expect(prop(event, 'DTSTAMP')?.value).toBe('20261125T010203Z');
  });

  it("carries the intake's note with its commas and semicolons intact, and the page's address", () => {
    const event = parseCalendar(intakeCalendar(input)).children[0]!;
    const description = unescape(prop(event, 'DESCRIPTION')!.value);
    expect(description.split('\n')).toEqual([
      'Second intake of the 2024–25 Communities of Practice: 8 sessions, February to May 2025.',
      'Mostly online. Free.',
      input.intake.note,
      'Details: https://cop.example.org.au/',
    ]);
    expect(prop(event, 'URL')?.value).toBe('https://cop.example.org.au/');
  });

  it('adds the application period when its dates are known, days exactly', () => {
    const withDates = {
      ...input,
      intake: { ...input.intake, applications: { opens: '2024-12-02', closes: '2025-01-31' } },
    };
    const [applications] = parseCalendar(intakeCalendar(withDates)).children;
    expect(unescape(prop(applications!, 'SUMMARY')!.value)).toBe(
      'Expressions of interest open: Safe and Equal Communities of Practice, Second intake',
    );
    expect(prop(applications!, 'DTSTART')?.value).toBe('20241202');
    expect(prop(applications!, 'DTEND')?.value).toBe('20250201');
    expect(prop(applications!, 'UID')?.value).toBe(
      '2024-25-second-applications@cop.example.org.au',
    );
  });

  it('marks the closing day alone when only the closing date is known', () => {
    const closesOnly = {
      ...input,
      intake: { ...input.intake, applications: { closes: '2025-02-28' } },
    };
    const [applications] = parseCalendar(intakeCalendar(closesOnly)).children;
    expect(unescape(prop(applications!, 'SUMMARY')!.value)).toMatch(
      /^Expressions of interest close:/,
    );
    expect(prop(applications!, 'DTSTART')?.value).toBe('20250228');
    expect(prop(applications!, 'DTEND')?.value).toBe('20250301');
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
