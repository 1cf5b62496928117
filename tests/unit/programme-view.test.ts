import { describe, expect, it } from 'vitest';
import { programmeWithStatus } from '../../src/lib/programme-view.ts';
import type { Programme } from '../../src/schemas/programme.ts';
import { FIRST_INTAKE, SECOND_INTAKE, YEAR, YEAR_FACTS } from '../fixtures/programme-year.ts';

const melbourneNoon = (day: string) => new Date(`${day}T02:00:00Z`);

/** A year of two intakes: the first with application days and a schedule, the second by months. */
const year: Programme = {
  ...YEAR,
  intakes: [
    {
      ...FIRST_INTAKE,
      schedule: [{ date: '2027-02-10', starts: '10:00', ends: '12:00' }],
      note: 'Complete the form to join.',
    },
    SECOND_INTAKE,
  ],
  ...YEAR_FACTS,
};

describe('a programme year as the pages show it on a day', () => {
  it("gives each intake the status its dates give that day, and the programme's phase", () => {
    const shown = programmeWithStatus(year, '2026-27', melbourneNoon('2026-10-15'));
    expect(shown.intakes.map((intake) => intake.computedStatus)).toEqual(['opening-soon', 'open']);
    expect(shown.phase).toBe('taking-interest');
    expect(shown.notice).toEqual([]);
  });

  it('offers a calendar file only for an intake with a real day still to come', () => {
    const shown = programmeWithStatus(year, '2026-27', melbourneNoon('2026-10-15'));
    expect(shown.intakes.map((intake) => intake.calendarUrl)).toEqual([
      '/calendar/2026-27-first.ics',
      undefined,
    ]);
    const later = programmeWithStatus(year, '2026-27', melbourneNoon('2027-03-01'));
    expect(later.intakes[0]?.calendarUrl).toBeUndefined();
  });

  it("drops a finished intake's note, written for applicants, and says the year has finished", () => {
    const shown = programmeWithStatus(year, '2026-27', melbourneNoon('2028-01-10'));
    expect(shown.intakes[0]).toMatchObject({ computedStatus: 'finished', note: undefined });
    expect(shown.phase).toBe('finished');
    expect(shown.notice[0]).toBe('The 2026–27 Communities of Practice have finished.');
  });
});
