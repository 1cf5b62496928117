/**
 * Each mistake in tests/fixtures/editor-mistakes/<case>/ is laid over a copy of the project with
 * the test site as its content, and built: the build must fail, naming the file, the field and the fix. The output
 * docs/editing.md shows for a case must be what the build really prints. Text that MDX would have
 * read as code (braces, pasted HTML) is no mistake: it builds, and its page shows it as typed.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentErrorsSummary } from '../../scripts/lib/content-errors.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/editor-mistakes');
/** The test site's current year, after its finished 2024-25. */
const NEXT_YEAR = 'content/programme/2026-27.yaml';
const GUIDE = readFileSync(join(import.meta.dirname, '../../docs/editing.md'), 'utf8');

/** The guide's examples: `<!-- build-output: case -->` then a text block of real output. */
const GUIDE_EXAMPLES = new Map(
  [...GUIDE.matchAll(/<!-- build-output: (\S+) -->\s*```text\n([\s\S]*?)```/g)].map(
    ([, name, text]) => [name!, text!.trim()],
  ),
);

/** The run Summaries the guide shows: `<!-- content-errors-summary: case -->` then a quote. */
const GUIDE_SUMMARIES = new Map(
  [...GUIDE.matchAll(/<!-- content-errors-summary: (\S+) -->\s*((?:^>.*\n)+)/gm)].map(
    ([, name, quote]) => [name!, inWords(quote!.replace(/^> ?/gm, ''))],
  ),
);

/** Markdown as words: the guide wraps its lines, a Summary does not. */
function inWords(markdown: string): string {
  return markdown.replace(/\s+/g, ' ').trim();
}

/** What the editor must read for each mistake: the file, the field, the fix. */
const MISTAKES: Record<string, readonly (string | RegExp)[]> = {
  'sessions-end-before-start': [
    'content/programme/2024-25.yaml: field "intakes[1].sessions.to" is "2024-08"',
    'expected a date on or after "from" (2024-11): a span cannot end before it starts.',
  ],
  'applications-close-after-sessions-begin': [
    'content/programme/2024-25.yaml: field "intakes[2].applications.closes" is "2025-03-14"',
    'applications must close before sessions begin.',
  ],
  'duplicate-intake-id': [
    'content/programme/2024-25.yaml: field "intakes[2].id" is "first"',
    'expected an id no other intake in this file uses',
  ],
  'reflection-unknown-cop': [
    'content/reflections/2023-06-safe-space.yaml: field "cop" is "mid-senior"',
    /one of "emerging-practitioners", "mid-to-senior", .*, or leave "cop" out\./,
  ],
  'duplicate-cop-order': [
    /content\/cops\/workforce-development\.mdx: field "order" is 2, the same as content\/cops\/resistance\.mdx/,
    'expected a number no other CoP uses, like 7.',
  ],
  'no-intake': [
    'content/programme/2024-25.yaml: field "intakes" is an empty list; expected at least one intake',
  ],
  'unknown-career-stage': [
    'content/cops/emerging-practitioners.mdx: field "careerStage" is "early-career"; expected one of "emerging", "mid-to-senior", "any".',
  ],
  'unknown-setting': [
    'content/cops/respectful-relationships.mdx: field "setting" is "school"; expected one of "any", "schools", "workforce-development".',
  ],
  'impossible-date': [
    'content/programme/2024-25.yaml: field "from" on line 17 is 2025-02-30, which is not a real date (February 2025 has 28 days)',
  ],
  'misspelt-field': [
    'content/cops/mid-to-senior.mdx: field "summary" is missing; expected text.',
    'content/cops/mid-to-senior.mdx: "sumary" is not a field; check the spelling',
  ],
  'support-line-number': [
    'content/site.yaml: field "supportLines[3].number" is "1800 0I5 188"; expected a phone number of digits and spaces',
  ],
  'choice-without-options': [
    'content/form.yaml: field "questions[6].options" is missing; expected at least one option',
  ],
  'duplicate-question-id': [
    'content/form.yaml: field "questions[7].id" is "proud-project"; expected an id no other question uses',
  ],
  'fixed-question-off': [
    'content/form.yaml: field "questions[5].off" is true; expected it left out: the programme cannot work without "email"',
  ],
  'limit-not-whole-number': [
    'content/form.yaml: field "questions[6].limit" is 0; expected a whole number above zero',
  ],
  'two-current-programmes': [
    'content/programme/2025-26.yaml: field "current" is true, as it is in content/programme/2024-25.yaml',
  ],
  'reflection-colon': [
    'content/reflections/2023-06-safe-space.yaml, line 1: the text after "quote:" has a colon in it: put the whole text in double quotes, like quote: "We met: and it was good".',
  ],
  'page-front-matter-unclosed-quote': [
    'content/pages/approach.mdx, line 2: the text after "title:" starts with " but has no closing "; add one at the end of the text, on the same line.',
  ],
};

/** A file that cannot be read is one line and its Summary: no reader's trace, nothing else. */
const UNREADABLE = ['reflection-colon', 'page-front-matter-unclosed-quote'];

/** Text staff may type that MDX read as code: each built page (under dist/) and the words it shows. */
const SHOWN_AS_TYPED: Record<string, Record<string, readonly string[]>> = {
  'text-shown-as-typed': {
    'communities/resistance/index.html': [
      'Sessions run 10am to 12pm {Melbourne time}.',
      'We meet {2 * 3} times a year.',
    ],
    'approach/index.html': ['<img src="https://example.org/cop-photo.jpg">'],
  },
};

/** What the build must not say: the YAML reader's rolled-over date would mislead the editor. */
const MISLEADING: Record<string, readonly string[]> = {
  'impossible-date': ['2025-03-02'],
};

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Writes a case's files over the copy's; the files written, for restoring. */
async function laidOver(project: ProjectCopy, name: string): Promise<string[]> {
  const files = await filesIn(join(FIXTURES, name));
  for (const file of files) {
    await project.write(file, await readFile(join(FIXTURES, name, file), 'utf8'));
  }
  return files;
}

/** One copy per core (two here), so builds run side by side, each on a copy of its own. */
const COPIES = Math.min(2, availableParallelism());
const idle: ProjectCopy[] = [];
const waiting: ((copy: ProjectCopy) => void)[] = [];

/** Runs `use` on a copy no other build is using, waiting for one to be free. */
async function withCopy<T>(use: (project: ProjectCopy) => Promise<T>): Promise<T> {
  const project = idle.pop() ?? (await new Promise<ProjectCopy>((take) => waiting.push(take)));
  try {
    return await use(project);
  } finally {
    const next = waiting.shift();
    if (next) next(project);
    else idle.push(project);
  }
}

beforeAll(async () => {
  idle.push(
    ...(await Promise.all(
      Array.from({ length: COPIES }, () => copyProject({ content: 'test site' })),
    )),
  );
});
afterAll(() => Promise.all(idle.map((project) => project.dispose())));

/** A build waits for a free copy: its time limit covers the builds ahead of it. */
const BUILD_TIMEOUT = 300_000;

describe('an editor who makes a mistake sees which file, which field and how to fix it', () => {
  it('has a fixture for every mistake and a mistake for every fixture', async () => {
    expect((await readdir(FIXTURES)).sort()).toEqual(
      [...Object.keys(MISTAKES), ...Object.keys(SHOWN_AS_TYPED)].sort(),
    );
  });

  it('shows in the guide only output that one of these builds checks', () => {
    expect(GUIDE_EXAMPLES.size).toBeGreaterThan(5);
    expect(GUIDE_SUMMARIES.size).toBeGreaterThan(0);
    const checked = [...Object.keys(MISTAKES), 'warning'];
    const shown = [...GUIDE_EXAMPLES.keys(), ...GUIDE_SUMMARIES.keys()];
    expect(shown.filter((name) => !checked.includes(name))).toEqual([]);
  });

  for (const [mistake, expected] of Object.entries(MISTAKES)) {
    it.concurrent(`the build stops for ${mistake}`, { timeout: BUILD_TIMEOUT }, ({ expect }) =>
      withCopy(async (project) => {
        const files = await laidOver(project, mistake);
        try {
          const { code, output } = await project.build();
          expect(code, output).not.toBe(0);
          expect(output).toContain('Content error:');
          for (const part of expected) {
            if (typeof part === 'string') expect(output).toContain(part);
            else expect(output).toMatch(part);
          }
          for (const words of MISLEADING[mistake] ?? []) expect(output).not.toContain(words);
          const shownInGuide = GUIDE_EXAMPLES.get(mistake);
          if (shownInGuide) expect(output).toContain(shownInGuide);
          // The run's Summary page, as the guide shows it, is what the check writes for this build.
          const summaryInGuide = GUIDE_SUMMARIES.get(mistake);
          if (summaryInGuide) expect(inWords(contentErrorsSummary(output))).toBe(summaryInGuide);
          if (UNREADABLE.includes(mistake)) {
            const [line] = expected as string[];
            expect(output).not.toMatch(/js-yaml|Error reference|    at /);
            const summary = contentErrorsSummary(output);
            expect(summary.match(/^- /gm)).toHaveLength(1);
            expect(summary).toContain(line!.replace(/^([^,]+), (line \d+): /, '- **$1**, $2: '));
          }
        } finally {
          await Promise.all(files.map((file) => project.restore(file)));
        }
      }),
    );
  }

  for (const [change, pages] of Object.entries(SHOWN_AS_TYPED)) {
    it.concurrent(
      `${change}: braces and HTML typed into a body build, and the page shows them as typed`,
      { timeout: BUILD_TIMEOUT },
      ({ expect }) =>
        withCopy(async (project) => {
          const files = await laidOver(project, change);
          try {
            const { code, output } = await project.build();
            expect(code, output).toBe(0);
            for (const [page, words] of Object.entries(pages)) {
              const html = await readFile(join(project.root, 'dist', page), 'utf8');
              const main = new JSDOM(html).window.document.querySelector('main')!;
              for (const typed of words) expect(main.textContent).toContain(typed);
              expect(main.querySelector('img'), page).toBeNull();
            }
          } finally {
            await Promise.all(files.map((file) => project.restore(file)));
          }
        }),
    );
  }

  it.concurrent(
    'a finished year still showing, with an intake marked open, builds with a warning (not a failure), as the guide shows',
    { timeout: BUILD_TIMEOUT },
    ({ expect }) =>
      withCopy(async (project) => {
        // Without next year's file, the finished 2024-25 year is the one the site shows.
        await project.remove(NEXT_YEAR);
        try {
          const { code, output } = await project.build();
          expect(code, output).toBe(0);
          expect(output).toContain(
            'Content warning: content/programme/2024-25.yaml: intake "second" has "status: open", but its sessions ended in May 2025',
          );
          expect(output).toContain(GUIDE_EXAMPLES.get('warning'));
        } finally {
          await project.restore(NEXT_YEAR);
        }
      }),
  );
});
