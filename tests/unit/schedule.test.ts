import { describe, expect, it } from 'vitest';
import { formatClock, formatSession, isoDuration, sessionEnds } from '../../src/lib/schedule.ts';

describe('a session as people read it', () => {
  it('names the weekday, the day and the times in GOV.UK style', () => {
    expect(formatSession({ date: '2025-02-12', starts: '10:00', ends: '12:00' })).toBe(
      'Wednesday 12 February 2025, 10am to midday',
    );
    expect(formatSession({ date: '2025-04-09', starts: '13:30', minutes: 90 })).toBe(
      'Wednesday 9 April 2025, 1:30pm to 3pm',
    );
  });

  it('writes times as 9:30am, 10am, midday and 2:15pm', () => {
    expect(['9:30', '10:00', '12:00', '14:15', '0:00'].map(formatClock)).toEqual([
      '9:30am',
      '10am',
      'midday',
      '2:15pm',
      'midnight',
    ]);
  });

  it('works out the end from a length', () => {
    expect(sessionEnds({ date: '2025-02-12', starts: '9:30', minutes: 150 })).toBe('12:00');
  });
});

describe('lengths for search engines', () => {
  it('are ISO 8601 durations', () => {
    expect([120, 90, 45, 960].map(isoDuration)).toEqual(['PT2H', 'PT1H30M', 'PT45M', 'PT16H']);
  });
});
