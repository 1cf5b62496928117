import { describe, expect, test } from 'vitest';
import {
  acceptsInterest,
  copAvailability,
  copLessRoom,
  intakeAvailability,
  lessRoomInIntake,
  intakeStatus,
  STATUS_LABELS,
  type IntakeDates,
  type IntakeStatus,
} from '../../src/lib/intake-status.ts';
import { intakeStatuses } from '../../src/schemas/programme.ts';

/** Applications open 1 Nov 2024, close 20 Jan 2025; sessions from February 2025. */
const summerIntake: IntakeDates = {
  applications: { opens: '2024-11-01', closes: '2025-01-20' },
  sessions: { from: '2025-02', to: '2025-05' },
};

/** Applications open in June 2024, close in July 2024; sessions from 15 August 2024. */
const winterIntake: IntakeDates = {
  applications: { opens: '2024-06', closes: '2024-07' },
  sessions: { from: '2024-08-15', to: '2024-11' },
};

const at = (instant: string) => new Date(instant);

describe('an intake with no status set follows its dates in Melbourne', () => {
  test.each<[string, string, IntakeStatus]>([
    ['the evening before applications open (AEDT)', '2024-10-31T12:59:59Z', 'opening-soon'],
    ['midnight as applications open (AEDT, UTC+11)', '2024-10-31T13:00:00Z', 'open'],
    ['the last minute of the closing day', '2025-01-20T12:59:59Z', 'open'],
    ['the day after applications close', '2025-01-20T13:00:00Z', 'waitlist'],
    ['the last minute before sessions start', '2025-01-31T12:59:59Z', 'waitlist'],
    ['1 February in Melbourne, still 31 January in UTC', '2025-01-31T13:00:00Z', 'closed'],
    ['the last minute of 31 May, the last session month (AEST)', '2025-05-31T13:59:59Z', 'closed'],
    ['1 June in Melbourne, still 31 May in UTC', '2025-05-31T14:00:00Z', 'finished'],
    ['long after the sessions ended', '2026-11-27T00:00:00Z', 'finished'],
  ])('%s: %s is %s', (_, instant, expected) => {
    expect(intakeStatus(summerIntake, at(instant))).toBe(expected);
  });

  test.each<[string, string, IntakeStatus]>([
    ['31 May in Melbourne (AEST, UTC+10)', '2024-05-31T13:59:59Z', 'opening-soon'],
    ['1 June in Melbourne, still 31 May in UTC', '2024-05-31T14:00:00Z', 'open'],
    ['31 July, the last day of the closing month', '2024-07-31T13:59:59Z', 'open'],
    ['1 August in Melbourne, still 31 July in UTC', '2024-07-31T14:00:00Z', 'waitlist'],
    ['14 August, the day before sessions start', '2024-08-14T13:59:59Z', 'waitlist'],
    ['15 August in Melbourne, still 14 August in UTC', '2024-08-14T14:00:00Z', 'closed'],
  ])('winter, month-precise applications: %s is %s', (_, instant, expected) => {
    expect(intakeStatus(winterIntake, at(instant))).toBe(expected);
  });

  test('with no application dates, it is open until sessions start, then closed', () => {
    const intake: IntakeDates = { sessions: { from: '2025-02', to: '2025-05' } };
    expect(intakeStatus(intake, at('2024-01-01T00:00:00Z'))).toBe('open');
    expect(intakeStatus(intake, at('2025-01-31T12:59:59Z'))).toBe('open');
    expect(intakeStatus(intake, at('2025-01-31T13:00:00Z'))).toBe('closed');
  });

  test('with only an opening date, it is open from then until sessions start', () => {
    const intake: IntakeDates = {
      applications: { opens: '2024-12' },
      sessions: { from: '2025-02', to: '2025-05' },
    };
    expect(intakeStatus(intake, at('2024-11-30T12:59:59Z'))).toBe('opening-soon');
    expect(intakeStatus(intake, at('2024-11-30T13:00:00Z'))).toBe('open');
    expect(intakeStatus(intake, at('2025-01-31T12:00:00Z'))).toBe('open');
  });

  test('with only a closing date, it is open until then and a waitlist after', () => {
    const intake: IntakeDates = {
      applications: { closes: '2025-01-10' },
      sessions: { from: '2025-02', to: '2025-05' },
    };
    expect(intakeStatus(intake, at('2024-01-01T00:00:00Z'))).toBe('open');
    expect(intakeStatus(intake, at('2025-01-10T13:00:00Z'))).toBe('waitlist');
  });
});

describe('an intake with session days follows them, not the months', () => {
  const scheduled: IntakeDates = {
    ...summerIntake,
    schedule: [{ date: '2025-05-21' }, { date: '2025-02-12' }],
  };

  test.each<[string, string, IntakeStatus]>([
    ['11 February, the day before the first session', '2025-02-11T12:00:00Z', 'waitlist'],
    ['12 February in Melbourne, the first session', '2025-02-11T13:00:00Z', 'closed'],
    ['21 May, the last session', '2025-05-21T13:59:59Z', 'closed'],
    ['22 May in Melbourne, though May is not over', '2025-05-21T14:00:00Z', 'finished'],
  ])('%s: %s', (_, instant, expected) => {
    expect(intakeStatus(scheduled, at(instant))).toBe(expected);
  });
});

describe("an editor's status wins while the intake is current, never once it has finished", () => {
  const whileOpen = at('2024-12-01T00:00:00Z');
  const duringSessions = at('2025-03-01T00:00:00Z');
  const lastSessionDay = at('2025-05-31T13:59:59Z');
  const dayAfter = at('2025-05-31T14:00:00Z');

  test.each(intakeStatuses)('status: %s is shown until the last session day', (status) => {
    for (const now of [whileOpen, duringSessions, lastSessionDay]) {
      expect(intakeStatus({ ...summerIntake, status }, now)).toBe(status);
    }
  });

  test.each(intakeStatuses)('status: %s after the sessions ended shows finished', (status) => {
    expect(intakeStatus({ ...summerIntake, status }, dayAfter)).toBe('finished');
  });

  test('"opening-soon" set for an intake whose dates say it has ended is finished, not opening', () => {
    const stale: IntakeDates = {
      status: 'opening-soon',
      sessions: { from: '2024-08', to: '2024-11' },
    };
    expect(intakeStatus(stale, at('2026-11-26T13:00:00Z'))).toBe('finished');
  });
});

describe('what each status means for people', () => {
  test('every status has its own words', () => {
    const shown = [...intakeStatuses, 'finished'] as const;
    const labels = shown.map((status) => STATUS_LABELS[status]);
    expect(new Set(labels).size).toBe(shown.length);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
  });

  test('the form takes interest while open or for the waitlist, not before or after', () => {
    expect([...intakeStatuses, 'finished' as const].filter(acceptsInterest)).toEqual([
      'open',
      'waitlist',
    ]);
  });
});

describe("a CoP's own availability in an intake: the intake's status, lowered by its mark", () => {
  /** Applications 1 Nov 2024 to 20 Jan 2025, sessions February to May 2025; two CoPs marked. */
  const marked: IntakeDates = {
    ...summerIntake,
    cops: [
      { cop: 'emerging', status: 'waitlist' },
      { cop: 'senior', status: 'closed' },
    ],
  };

  test.each<[string, string, Record<string, IntakeStatus>]>([
    [
      'before applications open',
      '2024-10-15T00:00:00Z',
      { emerging: 'opening-soon', senior: 'closed', other: 'opening-soon' },
    ],
    [
      'while applications are open',
      '2024-12-01T00:00:00Z',
      { emerging: 'waitlist', senior: 'closed', other: 'open' },
    ],
    [
      'after they close, before sessions',
      '2025-01-25T00:00:00Z',
      { emerging: 'waitlist', senior: 'closed', other: 'waitlist' },
    ],
    [
      'while the sessions run',
      '2025-03-01T00:00:00Z',
      { emerging: 'closed', senior: 'closed', other: 'closed' },
    ],
    [
      'after the sessions end, whatever the marks say',
      '2025-06-01T00:00:00Z',
      { emerging: 'finished', senior: 'finished', other: 'finished' },
    ],
  ])('%s (%s)', (_, instant, expected) => {
    for (const [cop, status] of Object.entries(expected)) {
      expect(copAvailability(marked, cop, at(instant)), cop).toBe(status);
    }
  });

  test('a mark never raises a status: a waitlist mark on a closed intake stays closed', () => {
    const closedByHand: IntakeDates = { ...marked, status: 'closed' };
    expect(copAvailability(closedByHand, 'emerging', at('2024-12-01T00:00:00Z'))).toBe('closed');
    const waitlistByHand: IntakeDates = { ...marked, status: 'waitlist' };
    expect(copAvailability(waitlistByHand, 'emerging', at('2024-12-01T00:00:00Z'))).toBe(
      'waitlist',
    );
  });

  test('the intake is offered as its most available CoP: closed once every CoP is full', () => {
    const open = at('2024-12-01T00:00:00Z');
    expect(intakeAvailability(marked, ['emerging', 'senior', 'other'], open)).toEqual({
      status: 'open',
      cops: { emerging: 'waitlist', senior: 'closed', other: 'open' },
    });
    expect(intakeAvailability(marked, ['emerging', 'senior'], open).status).toBe('waitlist');
    expect(intakeAvailability(marked, ['senior'], open).status).toBe('closed');
    // A mark for a CoP that is not published (a draft) does not close the intake.
    expect(intakeAvailability(marked, ['other'], open).status).toBe('open');
    expect(intakeAvailability(marked, [], open).status).toBe('open');
    // Without the published CoPs (the editor's preview), the marked ones still get their status.
    expect(intakeAvailability(marked, undefined, open)).toEqual({
      status: 'open',
      cops: { emerging: 'waitlist', senior: 'closed' },
    });
    expect(intakeAvailability(marked, ['senior'], at('2025-06-01T00:00:00Z')).status).toBe(
      'finished',
    );
  });

  test('says where a CoP has less room than its intake, and nowhere else', () => {
    const open = at('2024-12-01T00:00:00Z');
    const marks = (name: string, intake: IntakeDates) => ({
      name,
      ...(({ status, cops }) => ({ computedStatus: status, copStatuses: cops }))(
        intakeAvailability(intake, ['emerging', 'senior', 'other'], open),
      ),
    });
    const intakes = [marks('First intake', marked), marks('Second intake', summerIntake)];
    expect(copLessRoom(intakes, 'emerging')).toEqual([
      { intake: 'First intake', status: 'waitlist', words: 'Waitlist only for the First intake' },
    ]);
    expect(copLessRoom(intakes, 'senior').map(({ words }) => words)).toEqual([
      'Full for the First intake',
    ]);
    expect(copLessRoom(intakes, 'other')).toEqual([]);
    const titles = [
      { id: 'senior', title: 'Mid to senior CoP' },
      { id: 'emerging', title: 'Emerging CoP' },
      { id: 'other', title: 'Other CoP' },
    ];
    expect(lessRoomInIntake(intakes[0]!, titles)).toEqual([
      'Waitlist only: Emerging CoP',
      'Full: Mid to senior CoP',
    ]);
    // Without titles (the editor's preview of a programme year), by file name.
    expect(lessRoomInIntake(intakes[0]!)).toEqual(['Waitlist only: emerging', 'Full: senior']);
    expect(lessRoomInIntake(intakes[1]!, titles)).toEqual([]);
  });
});
