/**
 * The one answer to "is the form taking expressions of interest for an intake now, or interest in
 * future CoPs?", and the words every page uses for each.
 */
import type { ProgrammePhase } from './programme-notice.ts';

export interface TakingInterest {
  /** No intake is taking expressions of interest: the form registers interest in future CoPs. */
  future: boolean;
  /** A button's words: "Express interest". */
  action: string;
  /** What the form does, as a heading or link: "Express interest in a community of practice". */
  invitation: string;
}

export function takingInterest(phase: ProgrammePhase): TakingInterest {
  return phase === 'taking-interest'
    ? {
        future: false,
        action: 'Express interest',
        invitation: 'Express interest in a community of practice',
      }
    : {
        future: true,
        action: 'Register your interest',
        invitation: 'Register your interest in future communities of practice',
      };
}
