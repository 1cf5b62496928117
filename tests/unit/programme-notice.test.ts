import { describe, expect, it } from 'vitest';
import { intakeStatus, type IntakeDates } from '../../src/lib/intake-status.ts';
import { programmeNotice, programmePhase } from '../../src/lib/programme-notice.ts';

/** The 2024–25 intakes as the programme file has them, the second with applications dates. */
const first: IntakeDates & { name: string } = {
  name: 'First intake',
  status: 'closed',
  sessions: { from: '2024-08', to: '2024-11' },
};
const second: IntakeDates & { name: string } = {
  name: 'Second intake',
  applications: { opens: '2024-12-02', closes: '2025-01-24' },
  sessions: { from: '2025-02', to: '2025-05' },
};

/** What a page is handed: each intake with its status on that day. */
const programmeOn = (instant: string, whatComesNext?: string) => {
  const now = new Date(instant);
  const intakes = [first, second].map((intake) => ({
    ...intake,
    computedStatus: intakeStatus(intake, now),
  }));
  return {
    now,
    intakes,
    input: { title: '2024–25 Communities of Practice', whatComesNext, intakes },
  };
};

describe('what the programme as a whole is doing, by Melbourne calendar day', () => {
  it.each([
    [
      'while the first intake meets and the second is yet to open',
      '2024-11-15T00:00:00Z',
      'opening-soon',
    ],
    [
      'while the second intake takes expressions of interest',
      '2024-12-10T00:00:00Z',
      'taking-interest',
    ],
    ['on its waitlist', '2025-01-28T00:00:00Z', 'taking-interest'],
    ['while the second intake meets', '2025-03-05T00:00:00Z', 'under-way'],
    ['on the last day of May 2025 in Melbourne', '2025-05-31T13:59:59Z', 'under-way'],
    ['the next day', '2025-05-31T14:00:00Z', 'finished'],
    ['on 27 November 2026', '2026-11-27T01:00:00Z', 'finished'],
  ])('%s: %s', (_, instant, phase) => {
    const { intakes, now } = programmeOn(instant);
    expect(programmePhase(intakes, now)).toBe(phase);
  });

  it('an intake closed early, before its sessions, is "applications closed", not under way', () => {
    const now = new Date('2024-12-10T00:00:00Z');
    const intakes = [
      { ...first, computedStatus: 'finished' as const },
      { ...second, computedStatus: 'closed' as const },
    ];
    expect(programmePhase(intakes, now)).toBe('applications-closed');
    expect(programmeNotice({ title: '2024–25 Communities of Practice', intakes }, now)).toEqual([
      'Applications for the 2024–25 Communities of Practice have closed.',
    ]);
  });
});

describe('the plain words pages show when no intake takes expressions of interest', () => {
  it('says nothing while an intake is open or opening soon: its own status says enough', () => {
    for (const instant of ['2024-11-15T00:00:00Z', '2024-12-10T00:00:00Z']) {
      const { input, now } = programmeOn(instant);
      expect(programmeNotice(input, now)).toEqual([]);
    }
  });

  it('says which sessions are under way, and that applications have closed', () => {
    const { input, now } = programmeOn('2025-03-05T00:00:00Z');
    expect(programmeNotice(input, now)).toEqual([
      'The 2024–25 Communities of Practice are under way: Second intake sessions run February to May 2025. Applications for them have closed.',
    ]);
  });

  it('says the programme has finished and, by default, where the next will be announced', () => {
    const { input, now } = programmeOn('2026-11-27T01:00:00Z');
    expect(programmeNotice(input, now).join(' ')).toBe(
      "The 2024–25 Communities of Practice have finished. Next year's programme will be announced here.",
    );
  });

  it("uses the editors' own words for what comes next", () => {
    const { input, now } = programmeOn(
      '2026-11-27T01:00:00Z',
      'Applications for 2026–27 open in February 2026.',
    );
    expect(programmeNotice(input, now)).toEqual([
      'The 2024–25 Communities of Practice have finished.',
      'Applications for 2026–27 open in February 2026.',
    ]);
  });
});
