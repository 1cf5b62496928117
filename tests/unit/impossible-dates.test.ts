import { describe, expect, it } from 'vitest';
import {
  describeImpossibleDate,
  findImpossibleDates,
} from '../../src/lib/content/impossible-dates.ts';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';

describe('impossible dates an editor typed', () => {
  it('finds 30 February, with its line and field, and says why', () => {
    const yaml = ['title: Test', 'sessions:', '  from: 2025-02-30', '  to: 2025-05'].join('\n');
    expect(findImpossibleDates(yaml)).toEqual([
      { line: 3, field: 'from', value: '2025-02-30', reason: 'February 2025 has 28 days' },
    ]);
  });

  it('knows leap years: 29 February 2024 is real, 29 February 2025 is not', () => {
    expect(findImpossibleDates('opens: 2024-02-29')).toEqual([]);
    expect(findImpossibleDates('opens: 2025-02-29')).toHaveLength(1);
  });

  it('finds a month 13 and a day 00, in list items and before comments', () => {
    const found = findImpossibleDates('- 2025-13-01\nopens: 2025-04-00 # first day');
    expect(found.map((date) => date.reason)).toEqual([
      'there is no month 13; months run from 01 to 12',
      'April 2025 has 30 days',
    ]);
  });

  it('finds a day inside a one-line group of fields, as session dates are written', () => {
    const yaml =
      "schedule:\n  - { date: 2025-02-12, starts: '10:00' }\n  - { date: 2025-02-30, starts: '10:00' }";
    expect(findImpossibleDates(yaml)).toEqual([
      { line: 3, field: 'date', value: '2025-02-30', reason: 'February 2025 has 28 days' },
    ]);
  });

  it('leaves real days, months and quoted text (which the schema checks) alone', () => {
    const yaml = 'from: 2024-08\nto: 2024-11-30\nnote: "2025-02-30"\nquote: On 2025-02-30 we met';
    expect(findImpossibleDates(yaml)).toEqual([]);
  });

  it("reads only an MDX file's front matter, keeping its line numbers", () => {
    const mdx = '---\ntitle: A CoP\nstarts: 2025-02-31\n---\n\nOn 2025-02-31 nothing happened.\n';
    const parsed = parseContentFile('content/cops/a.mdx', mdx);
    const found = findImpossibleDates(parsed.ok ? parsed.yaml : '');
    expect(found.map((date) => date.line)).toEqual([3]);
  });

  it('tells the editor the file, the field, the line and what to write instead', () => {
    const [found] = findImpossibleDates('\n\n\n\n\n\n  closes: 2025-06-31');
    expect(found && describeImpossibleDate('content/programme/2025-26.yaml', found)).toBe(
      'content/programme/2025-26.yaml: field "closes" on line 7 is 2025-06-31, which is not a real date (June 2025 has 30 days); expected a real date written as YYYY-MM-DD, like 2025-02-28.',
    );
  });
});
