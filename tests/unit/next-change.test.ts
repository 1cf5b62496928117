import { describe, expect, it } from 'vitest';
import { melbourneInstant, nextDay } from '../../src/lib/dates.ts';
import {
  changeDays,
  informationCurrent,
  nextChange,
  siteOnDay,
} from '../../src/lib/next-change.ts';
import type { ProgrammeFile } from '../../src/lib/shown-programme.ts';
import { FIRST_INTAKE, SECOND_INTAKE, YEAR } from '../fixtures/programme-year.ts';

/** A year like the test site's: applications by date, a timed schedule, a second intake. */
const thisYear: ProgrammeFile = {
  id: '2026-27',
  ...YEAR,
  intakes: [
    {
      ...FIRST_INTAKE,
      schedule: [
        { date: '2027-02-10', starts: '10:00', ends: '12:00' },
        { date: '2027-05-19', starts: '14:00', ends: '16:00' },
      ],
    },
    SECOND_INTAKE,
  ],
};
const lastYear: ProgrammeFile = {
  id: '2025-26',
  title: '2025–26 Communities of Practice',
  runs: { from: '2025-08', to: '2026-05' },
  intakes: [{ id: 'only', name: 'Only intake', sessions: { from: '2025-08', to: '2026-05' } }],
};

/** Mid-morning in Melbourne on a day. */
const on = (day: string) => melbourneInstant(day, '10:00');

describe('the next day the site changes', () => {
  it('is the day applications open, for a site built before them', () => {
    expect(nextChange([lastYear, thisYear], on('2026-10-15'))).toBe('2026-11-02');
  });

  it('is the day after applications close (the waitlist), then the first session', () => {
    const days = changeDays([lastYear, thisYear], on('2027-01-01'), '2027-02-28');
    expect(days).toContain('2027-01-23');
    expect(days).toContain('2027-02-10');
  });

  it('is the first of each month while the year is pictured, for its "Now" mark', () => {
    expect(nextChange([thisYear], on('2026-11-15'))).toBe('2026-12-01');
  });

  it('is the day next year takes over, for a site showing last year', () => {
    expect(nextChange([lastYear, thisYear], on('2026-06-20'))).toBe('2026-11-02');
    expect(siteOnDay([lastYear, thisYear], '2026-11-02')).toContain('"id":"2026-27"');
  });

  it('is none once every date in the files has passed', () => {
    expect(nextChange([lastYear, thisYear], on('2027-12-01'))).toBeUndefined();
    expect(nextChange([lastYear, thisYear], on('2030-01-01'))).toBeUndefined();
  });

  it('does not move for a programme an editor marked current and closed by hand', () => {
    const closed: ProgrammeFile = {
      ...lastYear,
      current: true,
      runs: { from: '2025-08', to: '2025-08' },
      intakes: [
        {
          id: 'only',
          name: 'Only intake',
          status: 'closed',
          sessions: { from: '2025-08', to: '2025-08' },
        },
      ],
    };
    expect(nextChange([closed, thisYear], on('2025-09-10'))).toBeUndefined();
  });
});

describe('between two change days the site is the same; on each it differs', () => {
  it('holds for every day from a year before the programmes to a year after', () => {
    const programmes = [lastYear, thisYear];
    const first = '2025-01-01';
    const days = changeDays(programmes, on(first), '2029-01-01');
    expect(days.length).toBeGreaterThan(10);
    let shown = siteOnDay(programmes, first);
    for (let day = nextDay(first); day <= '2029-01-01'; day = nextDay(day)) {
      const today = siteOnDay(programmes, day);
      expect(today !== shown, day).toBe(days.includes(day));
      shown = today;
    }
  });
});

describe('the "Information current" line', () => {
  const words = (parts: ReturnType<typeof informationCurrent>) =>
    parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

  it('runs from the build day to the day before the next change: true on every day between', () => {
    const parts = informationCurrent(on('2026-10-15'), '2026-11-02');
    expect(words(parts)).toBe('Information current from 15 October 2026 to 1 November 2026.');
    expect(parts.filter((part) => typeof part !== 'string').map((part) => part.day)).toEqual([
      '2026-10-15',
      '2026-11-01',
    ]);
  });

  it('names one day when the next change is tomorrow, and no end when none is ahead', () => {
    expect(words(informationCurrent(on('2026-10-31'), '2026-11-01'))).toBe(
      'Information current on 31 October 2026.',
    );
    expect(words(informationCurrent(on('2028-01-05'), undefined))).toBe(
      'Information current from 5 January 2028.',
    );
  });

  it('uses the day in Melbourne, where the build date may already be tomorrow', () => {
    expect(words(informationCurrent(new Date('2026-10-14T23:00:00Z'), undefined))).toBe(
      'Information current from 15 October 2026.',
    );
  });
});
