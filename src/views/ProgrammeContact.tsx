/** The programme team's email and phone as links; nothing without them. */
import { ContactLinks } from '../islands/eoi/ContactLinks.tsx';
import type { ContactWay } from '../lib/programme-contact.ts';

export interface ProgrammeContactProps {
  /** `contactWays(site.programmeContact)`. */
  ways: readonly ContactWay[];
}

export function ProgrammeContact({ ways }: ProgrammeContactProps) {
  if (ways.length === 0) return null;
  return (
    <p class="programme-contact">
      To reach the programme team, <ContactLinks ways={ways} />.
    </p>
  );
}
