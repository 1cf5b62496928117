import { describe, expect, test } from 'vitest';
import {
  buildDateFrom,
  dayBefore,
  firstDay,
  formatDateRange,
  formatIsoDate,
  isRealIsoDate,
  lastDay,
  melbourneToday,
} from '../../src/lib/dates.ts';

describe('isRealIsoDate', () => {
  test.each(['2024-08', '2024-08-15', '2024-02-29', '2025-12-31', '2025-01'])(
    '%s is a real date',
    (value) => expect(isRealIsoDate(value)).toBe(true),
  );
  test.each([
    '2025-02-30',
    '2025-02-29',
    '2025-04-31',
    '2025-13',
    '2025-00',
    '2025-01-00',
    '2025-1',
    '2025-01-1',
    'Aug 2024',
    '15/08/2024',
    '2024-08-15T10:00',
    '',
  ])('%s is not', (value) => expect(isRealIsoDate(value)).toBe(false));
});

describe('a month stands for all of its days', () => {
  test('its first day', () => {
    expect(firstDay('2024-08')).toBe('2024-08-01');
    expect(firstDay('2024-08-15')).toBe('2024-08-15');
  });

  test.each([
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2024-04', '2024-04-30'],
    ['2024-12', '2024-12-31'],
    ['2024-08-15', '2024-08-15'],
  ])('the last day of %s is %s', (month, day) => expect(lastDay(month)).toBe(day));
});

describe("Melbourne's calendar date", () => {
  test.each([
    [
      'summer (AEDT, UTC+11): 13:00 UTC on 31 January is 1 February',
      '2025-01-31T13:00:00Z',
      '2025-02-01',
    ],
    ['summer: a minute earlier is still 31 January', '2025-01-31T12:59:00Z', '2025-01-31'],
    [
      'winter (AEST, UTC+10): 14:00 UTC on 31 July is 1 August',
      '2024-07-31T14:00:00Z',
      '2024-08-01',
    ],
    ['winter: 13:00 UTC on 31 July is still 31 July', '2024-07-31T13:00:00Z', '2024-07-31'],
  ])('%s', (_, instant, expected) => expect(melbourneToday(new Date(instant))).toBe(expected));
});

describe('dates as people read them', () => {
  test('a month, and a day', () => {
    expect(formatIsoDate('2024-08')).toBe('August 2024');
    expect(formatIsoDate('2024-08-05')).toBe('5 August 2024');
  });

  test('a span within a year names the year once', () => {
    expect(formatDateRange('2024-08', '2024-11')).toBe('August to November 2024');
  });

  test('a span of one month or one day names it once, not "June to June 2027"', () => {
    expect(formatDateRange('2027-06', '2027-06')).toBe('June 2027');
    expect(formatDateRange('2027-06-14', '2027-06-14')).toBe('14 June 2027');
  });

  test('a span across years, or with days, names both ends in full', () => {
    expect(formatDateRange('2024-12', '2025-05')).toBe('December 2024 to May 2025');
    expect(formatDateRange('2024-08-15', '2024-11')).toBe('15 August 2024 to November 2024');
  });
});

describe('the build date, as BUILD_DATE gives it', () => {
  test('a day or an instant pins it; unset or empty, it is now', () => {
    expect(melbourneToday(buildDateFrom('2026-10-15'))).toBe('2026-10-15');
    expect(melbourneToday(buildDateFrom('2026-10-14T23:00:00Z'))).toBe('2026-10-15');
    expect(buildDateFrom(undefined, 1_700_000_000_000).getTime()).toBe(1_700_000_000_000);
    expect(buildDateFrom(' ', 1_700_000_000_000).getTime()).toBe(1_700_000_000_000);
  });

  test('anything else stops with one line saying how to write it', () => {
    expect(() => buildDateFrom('15/10/2026')).toThrow(
      'BUILD_DATE is "15/10/2026", not a date: write it as YYYY-MM-DD or an ISO instant such as 2026-10-14T23:00:00Z.',
    );
  });

  test('the day before a day crosses months and leap days', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});
