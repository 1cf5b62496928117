import { describe, expect, it } from 'vitest';
import { currentProgramme, liveFrom } from '../../src/lib/programme.ts';

const melbourneNoon = (day: string) => new Date(`${day}T02:00:00Z`);

const year2024 = { id: '2024-25', runs: { from: '2024-08', to: '2025-05' } };
const year2025 = {
  id: '2025-26',
  runs: { from: '2025-08', to: '2026-05' },
  intakes: [{ applications: { opens: '2025-05-12' } }, { applications: {} }],
};
const both = [year2025, year2024];

describe('which programme the site shows', () => {
  it('shows the programme whose sessions are running', () => {
    expect(currentProgramme(both, melbourneNoon('2024-10-01'))?.id).toBe('2024-25');
  });

  it("switches to next year the day next year's applications open, even mid-sessions", () => {
    expect(currentProgramme(both, melbourneNoon('2025-05-11'))?.id).toBe('2024-25');
    expect(currentProgramme(both, melbourneNoon('2025-05-12'))?.id).toBe('2025-26');
  });

  it('between programmes, shows the next one rather than the one that ended', () => {
    const withoutApplications = [{ ...year2025, intakes: [] }, year2024];
    expect(currentProgramme(withoutApplications, melbourneNoon('2025-06-15'))?.id).toBe('2025-26');
  });

  it('before any programme, shows the first; after all of them, the last to end', () => {
    expect(currentProgramme(both, melbourneNoon('2023-01-01'))?.id).toBe('2024-25');
    expect(currentProgramme(both, melbourneNoon('2026-11-25'))?.id).toBe('2025-26');
  });

  it("uses Melbourne's calendar: 31 July 23:30 UTC is already 1 August there", () => {
    const lateJuly = [
      { ...year2025, intakes: [] },
      { ...year2024, runs: { from: '2024-08', to: '2025-07' } },
    ];
    expect(currentProgramme(lateJuly, new Date('2025-07-31T13:30:00Z'))?.id).toBe('2024-25');
    expect(currentProgramme(lateJuly, new Date('2025-07-31T14:30:00Z'))?.id).toBe('2025-26');
  });

  it("an editor's current: true wins over the dates", () => {
    const marked = [year2025, { ...year2024, current: true }];
    expect(currentProgramme(marked, melbourneNoon('2025-10-01'))?.id).toBe('2024-25');
  });

  it('has nothing to show with no programme files', () => {
    expect(currentProgramme([], new Date())).toBeUndefined();
  });

  it('goes live on its first application day, or its first session without one', () => {
    expect(liveFrom(year2025)).toBe('2025-05-12');
    expect(liveFrom(year2024)).toBe('2024-08-01');
  });
});
