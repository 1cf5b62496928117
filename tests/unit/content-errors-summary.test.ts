import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentErrorsSummary, contentMistakes } from '../../scripts/lib/content-errors';

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
      '- **content/programme/2024-25.yaml**: field `intakes[1].sessions.to` is "2024-08"; expected a date on or after "from" (2024-11)',
    );
  });

  it('writes nothing when the build failed for another reason', () => {
    expect(contentErrorsSummary('npm ERR! network timeout')).toBe('');
  });
});
