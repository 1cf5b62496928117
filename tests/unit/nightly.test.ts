import { describe, expect, it } from 'vitest';
import { decidePublish, type DecisionInput } from '../../scripts/lib/nightly.ts';

/** A live site built as of 15 October 2026, whose dates next change it on 2 November. */
const night = (today: string, overrides: Partial<DecisionInput> = {}) =>
  decidePublish({
    event: 'schedule',
    today,
    live: { buildDate: new Date('2026-10-14T23:00:00Z') },
    nextChangeAfter: () => '2026-11-02',
    ...overrides,
  });

describe('the nightly run publishes only once the dates change the live site', () => {
  it('the night before the change: stops, and says until when nothing changes', () => {
    expect(night('2026-11-01')).toEqual({
      publish: false,
      summary:
        'Nothing changes until 2026-11-02: the live site, built as of 15 October 2026, stays as it is.',
    });
  });

  it('on the day of the change, or any later night (a missed run): publishes', () => {
    for (const today of ['2026-11-02', '2026-11-05']) {
      expect(night(today)).toEqual({
        publish: true,
        summary:
          'Publishing: the site changes on 2026-11-02, and the live site was built as of 15 October 2026.',
      });
    }
  });

  it('asks the date logic about the live site’s own build date', () => {
    const asked: Date[] = [];
    night('2026-11-01', { nextChangeAfter: (date) => (asked.push(date), undefined) });
    expect(asked).toEqual([new Date('2026-10-14T23:00:00Z')]);
  });

  it('with no date ahead in the files: stops until the next edit', () => {
    expect(night('2027-01-01', { nextChangeAfter: () => undefined })).toEqual({
      publish: false,
      summary:
        'Nothing changes until the next edit: no date in the programme files changes the live site, built as of 15 October 2026.',
    });
  });

  it('when the live site’s build date cannot be read: publishes, saying why', () => {
    const decision = night('2026-11-01', {
      live: { unknown: 'https://x.example/build.json answered 404' },
    });
    expect(decision.publish).toBe(true);
    expect(decision.summary).toBe(
      "Publishing: the live site's build date is unknown (https://x.example/build.json answered 404), so the site is built again.",
    );
  });

  it('when the programme files cannot be read: publishes, so the content check says why', () => {
    const decision = night('2026-11-01', {
      nextChangeAfter: () => {
        throw new Error('content/programme/2026-27.yaml: runs.from is missing\nmore');
      },
    });
    expect(decision).toEqual({
      publish: true,
      summary:
        'Publishing: the programme files could not be read (content/programme/2026-27.yaml: runs.from is missing).',
    });
  });
});

describe('a push or a run by hand always publishes, with nothing to explain', () => {
  it.each(['push', 'workflow_dispatch'])('%s', (event) => {
    expect(night('2026-11-01', { event })).toEqual({ publish: true, summary: undefined });
  });
});
