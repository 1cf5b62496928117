import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentErrorsSummary,
  contentMistakes,
  problemLine,
  problemsSummary,
  type ContentProblem,
} from '../../scripts/lib/content-errors.ts';

/** What a real build printed when a programme's sessions ended before they began. */
const FAILED_BUILD = readFileSync(
  join(import.meta.dirname, '../fixtures/build-output/content-error.txt'),
  'utf8',
);

describe('the deploy summary tells staff which file and field to fix', () => {
  it('finds the file, the field and the fix in a failed build', () => {
    expect(contentMistakes(FAILED_BUILD)).toEqual([
      {
        file: 'content/programme/2024-25.yaml',
        field: 'intakes[1].sessions.to',
        problem:
          'field "intakes[1].sessions.to" is "2024-08"; expected a date on or after "from" (2024-11): a span cannot end before it starts.',
      },
    ]);
  });

  it('says the live site is unchanged and lists each mistake once, without colour codes', () => {
    const coloured = `\u001b[31m${FAILED_BUILD}\u001b[39m\n${FAILED_BUILD}`;
    const summary = contentErrorsSummary(coloured);
    expect(summary).toContain('The live site is unchanged.');
    expect(summary.match(/^- /gm)).toHaveLength(1);
    expect(summary).toContain(
      '- **content/programme/2024-25.yaml**, field `intakes[1].sessions.to`: is "2024-08"; expected a date on or after "from" (2024-11)',
    );
  });

  it('lists a file that could not be read with its line, like any other mistake', () => {
    const output = [
      '16:10:30 [content] Syncing content',
      'Content error:',
      'content/reflections/2023-06-safe-space.yaml, line 1: the text after "quote:" has a colon in it: put the whole text in double quotes, like quote: "We met: and it was good".',
      '  Stack trace:',
    ].join('\n');
    expect(contentErrorsSummary(output)).toContain(
      '- **content/reflections/2023-06-safe-space.yaml**, line 1: the text after "quote:" has a colon in it: put the whole text in double quotes, like quote: "We met: and it was good". Fix: change it as the message says.',
    );
  });

  it('writes nothing when the build failed for another reason', () => {
    expect(contentErrorsSummary('npm ERR! network timeout')).toBe('');
  });
});

describe('the content check says each problem with its file, field or page, and the fix', () => {
  const problem: ContentProblem = {
    file: 'content/cops/resistance.mdx',
    where: 'page /communities/resistance/',
    problem: 'the link "/aproach/" goes nowhere: nothing is built at /aproach/.',
    fix: 'change the link to an address the site has',
  };

  it('prints one line a problem', () => {
    expect(problemLine(problem)).toBe(
      'content/cops/resistance.mdx: page /communities/resistance/: the link "/aproach/" goes nowhere: nothing is built at /aproach/. Fix: change the link to an address the site has.',
    );
  });

  it("writes the same for the run's Summary, saying a publish after the check did not happen", () => {
    const summary = problemsSummary([problem], { built: true });
    expect(summary).toContain('the live site is unchanged');
    expect(summary).toContain(
      '- **content/cops/resistance.mdx**, page /communities/resistance/: the link "/aproach/" goes nowhere',
    );
    expect(summary).toContain('Fix: change the link to an address the site has.');
    expect(problemsSummary([], { built: true })).toBe('');
  });

  it('names a field of a file the build stopped on as code', () => {
    const line = contentErrorsSummary(FAILED_BUILD)
      .split('\n')
      .find((text) => text.startsWith('- '));
    expect(line).toMatch(
      /^- \*\*content\/programme\/2024-25\.yaml\*\*, field `intakes\[1\]\.sessions\.to`: is "2024-08"/,
    );
  });
});
