/**
 * The form's CoP choices, with each CoP's own availability in the intakes taking expressions of
 * interest (`copAvailability`, through each intake's `copStatuses`): a CoP with only a waitlist
 * left says so in its name, which is what the applicant's confirmation and staff read; a full
 * one is shown but cannot be chosen, and says why.
 */
import { LESS_ROOM, type IntakeStatus } from '../intake-status.ts';
import type { Choice } from './questions.ts';

/** What the form's CoP choice adds to a CoP's name when it takes a waitlist only. */
export const WAITLIST_ONLY = '(waitlist only)';

export interface CopToChoose {
  id: string;
  title: string;
  /** Its career stage and setting: "Emerging · Any setting". */
  hint?: string | undefined;
}

export interface IntakeOnOffer {
  /** "First intake". */
  name: string;
  /** Each CoP's own status in it, by file name; a CoP not named has the intake's room. */
  copStatuses: Readonly<Record<string, IntakeStatus>>;
}

const ROOM: readonly IntakeStatus[] = ['open', 'waitlist', 'closed'];
const room = (status: IntakeStatus | undefined) => Math.max(0, ROOM.indexOf(status ?? 'open'));
const joined = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/**
 * Each CoP as the form offers it, given the intakes taking expressions of interest (none: the
 * form takes interest in future CoPs, where every CoP can be chosen).
 */
export function copChoices(cops: readonly CopToChoose[], intakes: readonly IntakeOnOffer[]) {
  return cops.map((cop): Choice => {
    const statuses = intakes.map((intake) => room(intake.copStatuses[cop.id]));
    const best = statuses.length === 0 ? 0 : Math.min(...statuses);
    const the = (level: number) =>
      joined(
        intakes.filter((_, index) => statuses[index] === level).map(({ name }) => `the ${name}`),
      );
    // Where several intakes are on offer, one with less room for this CoP is named in its hint.
    const less = [
      best < 1 && statuses.includes(1) ? `${LESS_ROOM.waitlist} for ${the(1)}.` : '',
      best < 2 && statuses.includes(2) ? `${LESS_ROOM.closed} for ${the(2)}.` : '',
    ].filter(Boolean);
    return {
      value: cop.id,
      label: best === 1 ? `${cop.title} ${WAITLIST_ONLY}` : cop.title,
      hint: [...less, cop.hint].filter(Boolean).join(' ') || undefined,
      unavailable: best === 2 ? `Full: no new expressions of interest for ${the(2)}.` : undefined,
    };
  });
}
