import { describe, expect, it } from 'vitest';
import { currentMonth, layoutTimeline, type TimelineInput } from '../../src/lib/timeline.ts';

/** 2024-25 from the seed: two intakes, a break between, no application dates yet. */
const seed: TimelineInput = {
  title: '2024–25 Communities of Practice',
  runs: { from: '2024-08', to: '2025-05' },
  intakes: [
    { name: 'First intake', sessions: { from: '2024-08', to: '2024-11' }, statusLabel: 'Closed' },
    {
      name: 'Second intake',
      sessions: { from: '2025-02', to: '2025-05' },
      statusLabel: 'Expressions of interest open',
    },
  ],
  summerBreak: { description: 'A break over the summer holidays, between the two intakes' },
  today: '2026-11-25',
};

/** Days from 1 August 2024 to 1 June 2025: the width of the seed's picture. */
const SEED_DAYS = 304;
const daysIn = (days: number) => (days / SEED_DAYS) * 100;

describe('the programme year as a picture', () => {
  it('has one column per month, August to May, each as wide as its days', () => {
    const { months } = layoutTimeline(seed);
    expect(months.map((month) => month.short)).toEqual(
      'Aug Sep Oct Nov Dec Jan Feb Mar Apr May'.split(' '),
    );
    expect(months[0]).toMatchObject({ x: 0, initial: 'A', year: '2024' });
    expect(months[0]!.width).toBeCloseTo(daysIn(31));
    expect(months[6]!.width).toBeCloseTo(daysIn(28));
    const last = months.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(100);
  });

  it('names the year over the first month and over January only', () => {
    const years = layoutTimeline(seed).months.map((month) => month.year);
    expect(years).toEqual([
      '2024',
      undefined,
      undefined,
      undefined,
      undefined,
      '2025',
      ...Array(4),
    ]);
  });

  it('draws each intake as a bar over its months, labelled from the nearer edge', () => {
    const [first, second] = layoutTimeline(seed).lanes;
    expect(first!.sessions.x).toBe(0);
    expect(first!.sessions.width).toBeCloseTo(daysIn(122));
    expect(first!.label).toEqual({ text: 'First intake', x: 0, anchor: 'start' });
    expect(second!.sessions.x).toBeCloseTo(daysIn(184));
    expect(second!.sessions.x + second!.sessions.width).toBeCloseTo(100);
    expect(second!.label).toMatchObject({ text: 'Second intake', anchor: 'end' });
    expect(second!.label.x).toBeCloseTo(100);
  });

  it('stacks intakes in their own rows, label above bar, none overlapping', () => {
    const timeline = layoutTimeline(seed);
    const [first, second] = timeline.lanes;
    expect(first!.barY).toBeGreaterThan(first!.labelY);
    expect(second!.labelY - 1).toBeGreaterThan(first!.barY + timeline.barHeight);
    expect(timeline.gridBottom).toBeGreaterThanOrEqual(second!.barY + timeline.barHeight);
  });

  it('shades the gap between the intakes as the summer break when its dates are not set', () => {
    const { summerBreak } = layoutTimeline(seed);
    expect(summerBreak?.x).toBeCloseTo(daysIn(122));
    expect(summerBreak?.width).toBeCloseTo(daysIn(62));
    expect(summerBreak?.label).toMatchObject({ text: 'Summer break', anchor: 'middle' });
  });

  it("uses the break's own dates once an editor sets them", () => {
    const withDates = {
      ...seed,
      summerBreak: { ...seed.summerBreak, dates: { from: '2024-12-16', to: '2025-01-31' } },
    };
    const { summerBreak, words } = layoutTimeline(withDates);
    expect(summerBreak?.x).toBeCloseTo(daysIn(137));
    expect(summerBreak?.width).toBeCloseTo(daysIn(47));
    expect(words).toContain(
      'A break over the summer holidays, between the two intakes: 16 December 2024 to 31 January 2025.',
    );
  });

  it('hatches when expressions of interest are open, and starts the picture when they open', () => {
    const withApplications = {
      ...seed,
      intakes: [
        { ...seed.intakes[0]!, applications: { opens: '2024-06', closes: '2024-07-26' } },
        seed.intakes[1]!,
      ],
    };
    const timeline = layoutTimeline(withApplications);
    expect(timeline.months[0]).toMatchObject({ short: 'Jun', x: 0 });
    const applications = timeline.lanes[0]!.applications!;
    const days = 365; // 1 June 2024 to 1 June 2025
    expect(applications.x).toBe(0);
    expect(applications.width).toBeCloseTo((56 / days) * 100);
    expect(timeline.lanes[1]!.applications).toBeUndefined();
    expect(timeline.words[1]).toBe(
      'First intake: sessions August to November 2024; expressions of interest open June 2024 to 26 July 2024. Status: Closed.',
    );
  });

  it('marks the month of the build date while the year shows it, and not otherwise', () => {
    expect(layoutTimeline(seed).today).toBeUndefined();
    const midYear = layoutTimeline({ ...seed, today: '2025-01-15' });
    // The middle of January: 153 days after 1 August, and half of January's 31.
    expect(midYear.today?.x).toBeCloseTo(daysIn(168.5));
    expect(midYear.today?.label).toMatchObject({ text: 'Now: January 2025', anchor: 'middle' });
    expect(midYear.today!.labelY).toBeGreaterThan(midYear.summerBreak!.labelY);
    expect(midYear.height).toBeGreaterThan(midYear.today!.labelY);
  });

  it('draws the same mark every day of a month, so it stays true until the site is next built', () => {
    const first = layoutTimeline({ ...seed, today: '2025-01-01' });
    const last = layoutTimeline({ ...seed, today: '2025-01-31' });
    expect(last).toEqual(first);
    expect(layoutTimeline({ ...seed, today: '2025-02-01' }).today).not.toEqual(first.today);
  });

  it('starts marking from the first day the picture shows, an application day included', () => {
    const opening = {
      ...seed,
      intakes: [{ ...seed.intakes[0]!, applications: { opens: '2024-06-10' } }, seed.intakes[1]!],
    };
    expect(currentMonth({ ...opening, today: '2024-06-09' })).toBeUndefined();
    expect(currentMonth({ ...opening, today: '2024-06-10' })).toBe('2024-06');
    expect(currentMonth({ ...opening, today: '2025-05-31' })).toBe('2025-05');
    expect(currentMonth({ ...opening, today: '2025-06-01' })).toBeUndefined();
  });

  it('says the same in words for screen readers', () => {
    expect(layoutTimeline(seed).words).toEqual([
      '2024–25 Communities of Practice runs August 2024 to May 2025.',
      'First intake: sessions August to November 2024. Status: Closed.',
      'Second intake: sessions February to May 2025. Status: Expressions of interest open.',
      'A break over the summer holidays, between the two intakes.',
    ]);
    expect(layoutTimeline({ ...seed, today: '2025-03-03' }).words.at(-1)).toBe(
      'It is now March 2025.',
    );
  });

  it('draws no break for a single intake with no break dates', () => {
    expect(layoutTimeline({ ...seed, intakes: [seed.intakes[0]!] }).summerBreak).toBeUndefined();
  });
});
