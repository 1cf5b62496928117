/**
 * Checks that need more than one file: each schema sees a single file, so mistakes between
 * files (two CoPs in one place, a reflection about a CoP that is not there) are caught here.
 */
import { formatDateRange, formatIsoDate } from '../dates.ts';
import { intakeStatus, STATUS_LABELS, type IntakeDates } from '../intake-status.ts';
import { currentProgramme } from '../programme.ts';

/** A content file as the checks see it: where it is, its id (file name) and its fields. */
export interface ContentFile<T> {
  id: string;
  /** Path from the project's root, as the editor knows it: `content/cops/resistance.mdx`. */
  file: string;
  data: T;
}

export interface ProgrammeFacts {
  current?: boolean | undefined;
  runs: { from: string; to: string };
  intakes: readonly (IntakeDates & { id: string })[];
}

export interface ContentToCheck {
  programmes: readonly ContentFile<ProgrammeFacts>[];
  cops: readonly ContentFile<{ order: number; draft?: boolean | undefined }>[];
  reflections: readonly ContentFile<{ cop?: string | undefined }>[];
}

export interface ContentReport {
  /** Mistakes that must stop the build, one line each. */
  errors: string[];
  /** Things an editor should look at, which do not stop the build. */
  warnings: string[];
}

const quoteAll = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
const byFile = <T extends { file: string }>(a: T, b: T) => a.file.localeCompare(b.file);

function programmeErrors(programmes: ContentToCheck['programmes']): string[] {
  if (programmes.length === 0) {
    return [
      'content/programme/: there is no programme file; expected one file per programme year, like content/programme/2025-26.yaml (see docs/editing.md).',
    ];
  }
  const [first, ...others] = programmes.filter((p) => p.data.current).sort(byFile);
  return others.map(
    (p) =>
      `${p.file}: field "current" is true, as it is in ${first?.file}; expected only one programme marked current: remove "current: true" from the one the site should not show.`,
  );
}

function copOrderErrors(cops: ContentToCheck['cops']): string[] {
  const taken = new Map<number, string>();
  const errors: string[] = [];
  const nextFree = () => Math.max(0, ...cops.map((cop) => cop.data.order)) + 1;
  for (const cop of [...cops].sort(byFile)) {
    const holder = taken.get(cop.data.order);
    if (holder) {
      errors.push(
        `${cop.file}: field "order" is ${cop.data.order}, the same as ${holder}; expected a number no other CoP uses, like ${nextFree()}.`,
      );
    } else {
      taken.set(cop.data.order, cop.file);
    }
  }
  return errors;
}

function reflectionCopErrors(content: ContentToCheck): string[] {
  const copIds = content.cops.map((cop) => cop.id).sort();
  // The CoPs' folder as the editor knows it (content/cops), from the reflection's own path.
  const copsFolder = (reflectionFile: string) =>
    reflectionFile.replace(/reflections\/[^/]*$/, 'cops');
  return [...content.reflections]
    .sort(byFile)
    .filter((reflection) => reflection.data.cop && !copIds.includes(reflection.data.cop))
    .map(
      (reflection) =>
        `${reflection.file}: field "cop" is "${reflection.data.cop}", but there is no ${copsFolder(reflection.file)}/${reflection.data.cop}.mdx; expected the file name of a CoP without ".mdx": one of ${quoteAll(copIds)}, or leave "cop" out.`,
    );
}

/**
 * A CoP's mark in an intake must name a CoP that has a file (an error, like a reflection's); a mark
 * on a draft CoP does nothing until it is published (a warning).
 */
function copMarkProblems(content: ContentToCheck): ContentReport {
  const copIds = content.cops.map((cop) => cop.id).sort();
  const drafts = new Set(content.cops.filter((cop) => cop.data.draft).map((cop) => cop.id));
  const report: ContentReport = { errors: [], warnings: [] };
  for (const programme of [...content.programmes].sort(byFile)) {
    const copsFolder = programme.file.replace(/programme\/[^/]*$/, 'cops');
    programme.data.intakes.forEach((intake, at) => {
      intake.cops?.forEach(({ cop }, index) => {
        const field = `${programme.file}: field "intakes[${at + 1}].cops[${index + 1}].cop" is "${cop}"`;
        if (!copIds.includes(cop)) {
          report.errors.push(
            `${field}, but there is no ${copsFolder}/${cop}.mdx; expected the file name of a CoP without ".mdx": one of ${quoteAll(copIds)}, or remove this CoP from the intake's "cops".`,
          );
        } else if (drafts.has(cop)) {
          report.warnings.push(
            `${field}, a draft (${copsFolder}/${cop}.mdx): the site does not show it, so its mark for intake "${intake.id}" shows only once it is published.`,
          );
        }
      });
    });
  }
  return report;
}

/** "in May 2025" for a month, "on 26 May 2025" for a day. */
const inOrOn = (date: string) => `${date.length === 7 ? 'in' : 'on'} ${formatIsoDate(date)}`;

/**
 * Warnings for the programme the site shows: an editor's status that the calendar has
 * overtaken, like an intake still marked open after its sessions have begun or ended.
 */
function statusWarnings(programme: ContentFile<ProgrammeFacts>, now: Date): string[] {
  return programme.data.intakes.flatMap((intake) => {
    if (!intake.status || intake.status === 'closed') return [];
    const byDates = intakeStatus({ ...intake, status: undefined }, now);
    const { from, to } = intake.sessions;
    const said = `${programme.file}: intake "${intake.id}" has "status: ${intake.status}"`;
    const sessions = `(sessions ${formatDateRange(from, to)})`;
    if (byDates === 'finished') {
      return [
        `${said}, but its sessions ended ${inOrOn(to)} ${sessions}. The site shows it as "${STATUS_LABELS.finished}", not "${STATUS_LABELS[intake.status]}": remove "status" or change it to closed.`,
      ];
    }
    if (byDates === 'closed') {
      return [
        `${said}, but its sessions began ${inOrOn(from)} ${sessions}. The site shows "${STATUS_LABELS[intake.status]}" until you change "status" to closed or remove it.`,
      ];
    }
    return [];
  });
}

/** Every cross-file mistake and warning in the content, as of `now`. */
export function checkContent(content: ContentToCheck, now: Date): ContentReport {
  const marks = copMarkProblems(content);
  const errors = [
    ...programmeErrors(content.programmes),
    ...copOrderErrors(content.cops),
    ...reflectionCopErrors(content),
    ...marks.errors,
  ];
  const shown = currentProgramme(
    content.programmes.map((p) => ({ ...p, ...p.data, id: p.id })),
    now,
  );
  const warnings = [...(shown ? statusWarnings(shown, now) : []), ...marks.warnings];
  return { errors, warnings };
}
