// The problems the content check finds, said for people: which file (the content file where the
// problem can be traced to one, else the page), which field or page, what is wrong and the fix.
// Printed one line each, and as Markdown on a GitHub run's Summary page.

/** One content mistake as the build reports it. */
export interface ContentMistake {
  file: string;
  /** The field, as the guide names it (`intakes[1].sessions.to`), when the line names one. */
  field: string | undefined;
  /** The line of the file, when the file could not be read there. */
  line?: number | undefined;
  /** The rest of the line: what was found and what is expected instead. */
  problem: string;
}

/** One problem the content check found. */
export interface ContentProblem {
  /** The content file to change, or the page when no one file is the cause. */
  file: string;
  /** The field (`intakes[1].sessions.to`) or page (`/communities/x/`) the problem is in. */
  where: string;
  problem: string;
  /** What to do about it, in a sentence. */
  fix: string;
}

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** `content/x.yaml: …`, or `content/x.yaml, line 3: …` for a file that cannot be read there. */
const MISTAKE = /^([\w./-]+\.(?:ya?ml|mdx?))(?:, line (\d+))?: (.*)$/;

/** Every `content/…: …` line of the build's output, in order, once each. */
export function contentMistakes(buildOutput: string): ContentMistake[] {
  const lines = plain(buildOutput)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => MISTAKE.test(line));
  return [...new Set(lines)].map((text) => {
    const [, file = '', line, problem = ''] = MISTAKE.exec(text) ?? [];
    const field = /^field "([^"]+)"/.exec(problem)?.[1];
    return { file, field, line: line ? Number(line) : undefined, problem };
  });
}

const GUIDE = 'docs/editing.md, "When the build stops: reading an error"';

/** A build's content mistakes as problems: the build's own words say what is expected. */
export const mistakeProblems = (mistakes: ContentMistake[]): ContentProblem[] =>
  mistakes.map(({ file, field, line, problem }) => ({
    file,
    where: field ? `field ${field}` : line ? `line ${line}` : 'the file',
    problem: field ? problem.replace(`field "${field}" `, '') : problem,
    // The Summary's last line names the guide that explains each message.
    fix: 'change it as the message says',
  }));

/** One line a problem: file, field or page, what is wrong, and the fix. */
export const problemLine = ({ file, where, problem, fix }: ContentProblem): string =>
  `${file}: ${where}: ${problem} Fix: ${fix}.`;

/**
 * The Markdown for the run's Summary page; empty when there is nothing to say. A build that
 * stopped on a content mistake published nothing on any host; a problem found in the built site
 * stops a publish where the check runs before it (GitHub Pages).
 */
export function problemsSummary(problems: ContentProblem[], { built }: { built: boolean }) {
  if (problems.length === 0) return '';
  const items = problems.map(
    ({ file, where, problem, fix }) =>
      `- **${file}**, ${where.replace(/^field (\S+)/, 'field `$1`')}: ${problem} Fix: ${fix}.`,
  );
  const introduction = built
    ? [
        '## The content check found a problem in the built site',
        '',
        'Where the site is published after this check (GitHub Pages), it was not: the live site is unchanged. Fix each file below (in the editor at /admin/, or on GitHub) and save; the check then runs again.',
      ]
    : [
        '## The site was not published: a content file needs fixing',
        '',
        'The live site is unchanged. Fix the file below (in the editor at /admin/, or on GitHub) and save; the site is then built and published again.',
      ];
  return [
    ...introduction,
    '',
    ...items,
    '',
    `Each build message is explained in ${GUIDE}.`,
    '',
  ].join('\n');
}

/** The Markdown for a failed build's output; empty when the failure was not a content mistake. */
export const contentErrorsSummary = (buildOutput: string): string =>
  problemsSummary(mistakeProblems(contentMistakes(buildOutput)), { built: false });
