import { describe, expect, test } from 'vitest';
import type { IntakeDates } from '../../src/lib/intake-status.ts';
import { statusReason } from '../../src/lib/status-reason.ts';

/** Applications 1 November 2024 to 20 January 2025; sessions February to May 2025. */
const summer: IntakeDates = {
  applications: { opens: '2024-11-01', closes: '2025-01-20' },
  sessions: { from: '2025-02', to: '2025-05' },
};

/** Midday in Melbourne on a day. */
const on = (day: string) => new Date(`${day}T02:00:00Z`);

describe('a programme year preview says why each intake shows its status', () => {
  test.each([
    [
      'before applications open',
      '2024-10-15',
      'Opening soon: applications open on 1 November 2024.',
    ],
    [
      'while applications are open',
      '2024-12-01',
      'Expressions of interest open: applications close on 20 January 2025.',
    ],
    [
      'after applications close, before sessions',
      '2025-01-25',
      'Waitlist open: applications closed on 20 January 2025, and sessions begin in February 2025.',
    ],
    ['once sessions have begun', '2025-03-01', 'Closed: its sessions began in February 2025.'],
    ['after the last session month', '2025-06-02', 'Finished: its sessions ended in May 2025.'],
  ])('%s', (_, day, reason) => {
    expect(statusReason(summer, on(day))).toBe(reason);
  });

  test('scheduled sessions give the days they begin and end', () => {
    const scheduled: IntakeDates = {
      ...summer,
      schedule: [{ date: '2025-05-14' }, { date: '2025-02-12' }],
    };
    expect(statusReason(scheduled, on('2025-02-20'))).toBe(
      'Closed: its sessions began on 12 February 2025.',
    );
    expect(statusReason(scheduled, on('2025-05-20'))).toBe(
      'Finished: its sessions ended on 14 May 2025.',
    );
  });

  test('without a closing date, applications are taken until sessions begin', () => {
    expect(statusReason({ sessions: summer.sessions }, on('2024-12-01'))).toBe(
      'Expressions of interest open: applications are taken until sessions begin in February 2025 (no closing date is given).',
    );
  });

  test('a status set by hand says so, and what the dates alone would show', () => {
    expect(statusReason({ ...summer, status: 'closed' }, on('2024-12-01'))).toBe(
      'Closed: set in its Status field. By its dates alone it would be Expressions of interest open: applications close on 20 January 2025.',
    );
  });

  test('a status set by hand that the dates agree with is explained by the dates', () => {
    expect(statusReason({ ...summer, status: 'waitlist' }, on('2025-01-25'))).toBe(
      'Waitlist open: applications closed on 20 January 2025, and sessions begin in February 2025.',
    );
  });

  test('nothing set by hand keeps a finished intake open', () => {
    expect(statusReason({ ...summer, status: 'open' }, on('2025-06-02'))).toBe(
      'Finished: its sessions ended in May 2025.',
    );
  });
});
