/**
 * Each task of docs/editing.md done in turn, as staff do it (tests/support/staff-edits.ts), on a
 * copy of the project whose content is the test site (never content/, which staff change), with
 * the content check (npm run check:content) after each: every task leaves content the check
 * passes. What each edit needs is read from all the files, drafts included (the latest programme,
 * its intakes and dates, the CoPs and the orders they take), so the test holds for any valid
 * content: the test site's draft CoP holds the next order after the published ones. The check runs
 * in this process with one memo for the run: a page byte for byte the same as one already checked
 * is not scanned again. That the check finds mistakes is tests/unit/content-check.test.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BUILD } from '../../src/lib/deploy-host.ts';
import { checkContent, type ContentCheck } from '../../scripts/check-content/check.ts';
import { newMemo } from '../../scripts/check-content/memo.ts';
import { builtFiles, builtPages } from '../../scripts/lib/built-site.ts';
import { problemLine } from '../../scripts/lib/content-errors.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import {
  appendToList,
  dayOf,
  daysAfter,
  fieldsOf,
  nextYearName,
  nextYearProgramme,
  removeIntakeField,
  setIntakeField,
  setTopLevelField,
  written,
} from '../support/staff-edits.ts';

// A build and a check of the pages that changed: slow on a busy two-core machine.
const TASK_TIMEOUT = 240_000;

let project: ProjectCopy;
const memo = newMemo();
/** The day the copy is built as of: while next year's programme runs, then after it. */
let buildDate = '';

const read = (path: string) => readFile(join(project.root, path), 'utf8');
const edit = async (path: string, change: (text: string) => string) =>
  project.write(path, change(await read(path)));
const built = (path: string) => readFile(join(project.root, 'dist', path), 'utf8');
const names = async (folder: string) =>
  (await readdir(join(project.root, 'content', folder)))
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .sort();

/** Every CoP's file, drafts included, with its fields. */
async function allCops() {
  return Promise.all(
    (await names('cops')).map(async (name) => ({
      id: name.replace(/\.\w+$/, ''),
      path: `content/cops/${name}`,
      fields: fieldsOf(name, await read(`content/cops/${name}`)),
    })),
  );
}

/** The CoPs' files that are published (not drafts). */
const publishedCops = async () =>
  (await allCops()).filter(({ fields }) => fields['draft'] !== true);

/** The content check of the copy as it is now, built as of `buildDate`. */
const contentCheck = () =>
  checkContent({
    root: project.root,
    contentDir: 'content',
    // A local build, as on a developer's machine, even where CI sets a host's variables.
    env: { CONTENT_DIR: 'content', BUILD_DATE: buildDate, [LOCAL_BUILD.name]: LOCAL_BUILD.value },
    memo,
  });

async function expectCheckPasses(): Promise<ContentCheck> {
  const result = await contentCheck();
  expect(result.problems.map(problemLine), result.buildOutput).toEqual([]);
  expect(result.built, result.buildOutput).toBe(true);
  return result;
}

/** Next year's programme file, once started, and its fields. */
let programme = { path: '', fields: {} as Record<string, unknown> };
const intakes = () =>
  programme.fields['intakes'] as { id: string; sessions: { from: unknown; to: unknown } }[];
const reread = async () =>
  (programme.fields = fieldsOf(programme.path, await read(programme.path)));

beforeAll(async () => {
  project = await copyProject({ content: 'test site' });
}, TASK_TIMEOUT);

afterAll(() => project?.dispose());

describe(
  'each task of the editing guide, in turn on a copy of the test site, passes the content check',
  { timeout: TASK_TIMEOUT },
  () => {
    it("start next year's programme: the latest year copied, a year later, without last year's statuses", async () => {
      const years = await Promise.all(
        (await names('programme')).map(async (name) => ({
          name,
          runsTo: dayOf(
            (fieldsOf(name, await read(`content/programme/${name}`))['runs'] as { to: unknown }).to,
          ),
        })),
      );
      const latest = years.sort((a, b) => a.runsTo.getTime() - b.runsTo.getTime()).at(-1)!;
      programme.path = `content/programme/${nextYearName(latest.name)}`;
      await project.write(
        programme.path,
        nextYearProgramme(await read(`content/programme/${latest.name}`)),
      );
      await reread();
      const runsFrom = dayOf((programme.fields['runs'] as { from: unknown }).from);
      buildDate = new Date(runsFrom.getTime() + 12 * 3_600_000).toISOString();
      await expectCheckPasses();
      expect(await built('index.html')).toContain(String(programme.fields['title']));
    });

    // The guide's example, under a name and title no CoP has yet, drafts included.
    const added = { id: 'regional-practitioners', title: 'Regional Prevention Practitioners CoP' };
    it('add a CoP: it has its page, is listed, offered in the form and found by its title', async () => {
      const cops = await allCops();
      const before = await publishedCops();
      const taken = (id: string, title: string) =>
        cops.some((cop) => cop.id === id || cop.fields['title'] === title);
      for (let n = 2; taken(added.id, added.title); n += 1) {
        added.id = `regional-practitioners-${n}`;
        added.title = `Regional Prevention Practitioners ${n} CoP`;
      }
      // A draft's order is taken too: the content check refuses two CoPs with one order.
      const order = Math.max(0, ...cops.map(({ fields }) => Number(fields['order']))) + 1;
      await project.write(
        `content/cops/${added.id}.mdx`,
        [
          '---',
          `title: ${added.title}`,
          'summary: For practitioners working in regional and rural Victoria who want to connect with peers facing the same distances and challenges.',
          'audience:',
          '  - Primary prevention practitioners working in regional and rural Victoria',
          'careerStage: any',
          'setting: any',
          `order: ${order}`,
          '---',
          '',
          'The first paragraph of what the CoP offers.',
          '',
          'A second paragraph.',
          '',
        ].join('\n'),
      );
      const result = await expectCheckPasses();
      expect(result.cops).toBe(before.length + 1);
      expect(existsSync(join(project.root, 'dist/communities', added.id, 'index.html'))).toBe(true);
    });

    it('keep a CoP as a draft: it is left out of the site', async () => {
      const cop = (await publishedCops()).filter(({ id }) => id !== added.id).at(-1)!;
      await edit(cop.path, (text) => setTopLevelField(text, 'draft', 'true'));
      await expectCheckPasses();
      expect(existsSync(join(project.root, 'dist/communities', cop.id))).toBe(false);
    });

    it('rename a CoP: the form and search use its new title', async () => {
      const cop = (await publishedCops())[0]!;
      const title = `${String(cop.fields['title']).replace(/\s*CoP$/, '')} Community of Practice`;
      await edit(cop.path, (text) => setTopLevelField(text, 'title', title));
      await expectCheckPasses();
      expect(await built('apply/index.html')).toContain(`value="${title}"`);
    });

    it("change intake dates: the first intake's applications open and close before its sessions", async () => {
      const first = intakes()[0]!;
      const sessionsFrom = dayOf(first.sessions.from);
      const dates = [
        `opens: ${written(daysAfter(sessionsFrom, -60))}`,
        `closes: ${written(daysAfter(sessionsFrom, -10))}`,
      ];
      await edit(programme.path, (text) => setIntakeField(text, first.id, 'applications', dates));
      await reread();
      await expectCheckPasses();
    });

    it("add session dates: the last intake's sessions are listed and put in a calendar file", async () => {
      const last = intakes().at(-1)!;
      const from = dayOf(last.sessions.from);
      const schedule = [
        `- date: ${written(daysAfter(from, 9))}`,
        "  starts: '10:00'",
        "  ends: '12:00'",
        `- date: ${written(daysAfter(from, 23))}`,
        "  starts: '10:00'",
        '  minutes: 120',
      ];
      await edit(programme.path, (text) => setIntakeField(text, last.id, 'schedule', schedule));
      await reread();
      await expectCheckPasses();
      const files = builtFiles(join(project.root, 'dist'));
      expect(files.some((file) => file.endsWith('.ics'))).toBe(true);
    });

    const full = 'This intake is full.';
    it('close an intake: every page that shows it says so', async () => {
      const last = intakes().at(-1)!;
      await edit(programme.path, (text) =>
        setIntakeField(setIntakeField(text, last.id, 'status', 'closed'), last.id, 'note', full),
      );
      await expectCheckPasses();
      expect(await built('communities/index.html')).toContain(full);
    });

    it('remove a status: the dates decide again', async () => {
      const last = intakes().at(-1)!;
      await edit(programme.path, (text) =>
        removeIntakeField(removeIntakeField(text, last.id, 'status'), last.id, 'note'),
      );
      await expectCheckPasses();
      expect(await built('communities/index.html')).not.toContain(full);
    });

    it('one CoP is full: marked full and another waitlist only in every intake taking interest', async () => {
      const [full, waitlist] = await publishedCops();
      const marks = [
        `- cop: ${full!.id}`,
        '  status: closed',
        `- cop: ${waitlist!.id}`,
        '  status: waitlist',
      ];
      // Marked in each intake: where several take interest, a CoP is full only if full in all.
      const everyIntake = (text: string, change: (text: string, id: string) => string) =>
        intakes().reduce((changed, intake) => change(changed, intake.id), text);
      await edit(programme.path, (text) =>
        everyIntake(text, (changed, id) => setIntakeField(changed, id, 'cops', marks)),
      );
      await expectCheckPasses();
      const form = await built('apply/index.html');
      expect(form).toContain(`value="${String(waitlist!.fields['title'])} (waitlist only)"`);
      expect(form).toMatch(new RegExp(`value="${String(full!.fields['title'])}"[^>]*disabled`));
      expect(await built(`communities/${full!.id}/index.html`)).toContain('Full for the ');
      await edit(programme.path, (text) =>
        everyIntake(text, (changed, id) => removeIntakeField(changed, id, 'cops')),
      );
    });

    it('add a reflection and retire the oldest', async () => {
      const [oldest] = await names('reflections');
      const cop = (await publishedCops())[0]!;
      const month = buildDate.slice(0, 7);
      const quote =
        'Hearing how others met the same resistance made me braver in my own workplace.';
      await project.write(
        `content/reflections/${month}-shared-challenges.yaml`,
        `quote: ${quote}\nattribution: CoP participant\ndate: ${month}\ncop: ${cop.id}\ndraft: false\n`,
      );
      if (oldest) await project.remove(`content/reflections/${oldest}`);
      await expectCheckPasses();
      expect(await built('reflections/index.html')).toContain(quote);
    });

    it('change the support lines: a line added shows in every footer', async () => {
      const line = ['name: Lifeline', 'number: 13 11 14', 'description: Crisis support, 24 hours'];
      await edit('content/site.yaml', (text) => appendToList(text, 'supportLines', line));
      await expectCheckPasses();
      for (const { file } of builtPages(join(project.root, 'dist'))) {
        expect(await readFile(file, 'utf8'), file).toContain('tel:131114');
      }
    });

    it("give the team's contact: programmeContact's email and phone", async () => {
      const contact = ['email: programme-team@example.org', 'phone: 03 9123 4567'];
      await edit('content/site.yaml', (text) =>
        setTopLevelField(text, 'programmeContact', contact),
      );
      await expectCheckPasses();
      const pages = await Promise.all(
        builtPages(join(project.root, 'dist')).map(({ file }) => readFile(file, 'utf8')),
      );
      expect(pages.some((html) => html.includes('programme-team@example.org'))).toBe(true);
    });

    it('between programmes: built the month after the last programme ends', async () => {
      const runsTo = dayOf((programme.fields['runs'] as { to: unknown }).to);
      const after = new Date(Date.UTC(runsTo.getUTCFullYear(), runsTo.getUTCMonth() + 1, 1, 12));
      buildDate = after.toISOString();
      await expectCheckPasses();
    });
  },
);
