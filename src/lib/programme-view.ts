/**
 * One programme file as the pages show it on a day: each intake's status and calendar file, what
 * the programme as a whole is doing, the words for it. The editor's preview of a programme file
 * calls it; the build shows the programme `shownProgramme()` chooses, the same way.
 */
import { shownProgramme, type IntakeAsShown, type ShownProgramme } from './shown-programme.ts';
import type { Intake, Programme } from '../schemas/programme.ts';

export type IntakeWithStatus = IntakeAsShown<Intake>;
export type ProgrammeWithStatus = ShownProgramme<Programme & { id: string }>;

/** A programme file's data (`id` is its file's name) as the pages would show it at `now`. */
export function programmeWithStatus(data: Programme, id: string, now: Date): ProgrammeWithStatus {
  // A programme on its own is the one shown, whatever its dates.
  return shownProgramme([{ ...data, id }], now)!;
}
