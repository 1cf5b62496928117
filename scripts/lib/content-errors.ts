// Turns a failed build's output into the note the deploy workflow shows staff: which file, which
// field, what to change, in plain words (GitHub renders it on the run's Summary page).

/** One content mistake as the build reports it. */
export interface ContentMistake {
  file: string;
  /** The field, as the guide names it (`intakes[1].sessions.to`), when the line names one. */
  field: string | undefined;
  /** The rest of the line: what was found and what is expected instead. */
  problem: string;
}

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Every `content/…: …` line of the build's output, in order, once each. */
export function contentMistakes(buildOutput: string): ContentMistake[] {
  const lines = plain(buildOutput)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^content\/\S*: /.test(line));
  return [...new Set(lines)].map((line) => {
    const [file = '', ...rest] = line.split(': ');
    const problem = rest.join(': ');
    const field = /^field "([^"]+)"/.exec(problem)?.[1];
    return { file, field, problem };
  });
}

/** The Markdown for the run's summary; empty when the failure was not a content mistake. */
export function contentErrorsSummary(buildOutput: string): string {
  const mistakes = contentMistakes(buildOutput);
  if (mistakes.length === 0) return '';
  const items = mistakes.map(
    ({ file, field, problem }) =>
      `- **${file}**: ${field ? problem.replace(`field "${field}"`, `field \`${field}\``) : problem}`,
  );
  return [
    '## The site was not published: a content file needs fixing',
    '',
    'The live site is unchanged. Fix the file below (in the editor at /admin/, or on GitHub) and save; the site is then built and published again.',
    '',
    ...items,
    '',
    'Each message is explained in docs/editing.md, "When the build stops: reading an error".',
    '',
  ].join('\n');
}
