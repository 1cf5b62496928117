/**
 * What an applicant sees when the form service will not take the form (refused for good, or over
 * its quota): no "send again", another way to reach the team, and their answers to keep.
 */
import type { Answer } from '../../lib/eoi/answers.ts';
import { noContact, SEND_PROBLEMS, type NotTakenKind } from '../../lib/eoi/outcome.ts';
import type { ContactWay } from '../../lib/programme-contact.ts';
import { AnswerList } from './Confirmation.tsx';
import { ContactLinks } from './ContactLinks.tsx';

export interface NotTakenProblem {
  kind: NotTakenKind;
  /** The service's own words, if any, for the applicant to quote. */
  said: readonly string[];
  answers: readonly Answer[];
}

interface NotTakenProps {
  problem: NotTakenProblem;
  /** How else to reach the programme team (`contactWays`): none when the site gives none. */
  ways?: readonly ContactWay[] | undefined;
  /** The organisation's name, from content/site.yaml. */
  organisation: string;
  summaryRef: { current: HTMLDivElement | null };
}

export function NotTaken({ problem, ways = [], organisation, summaryRef }: NotTakenProps) {
  return (
    <div class="error-summary" ref={summaryRef} tabindex={-1} aria-labelledby="not-taken-title">
      <div role="alert">
        <h2 class="error-summary__title" id="not-taken-title">
          Your expression of interest has not been sent
        </h2>
        <p>{SEND_PROBLEMS[problem.kind]}</p>
        <p>
          {ways.length > 0 ? (
            <>
              To tell the programme team you are interested, <ContactLinks ways={ways} />.
            </>
          ) : (
            noContact(organisation)
          )}
        </p>
        {problem.said.length > 0 && <p>The form service said: “{problem.said.join(' ')}”</p>}
      </div>
      <h3>Your answers, to keep</h3>
      <p>They are also still in the form below. Select them to copy them, or print this page.</p>
      <AnswerList answers={problem.answers} />
    </div>
  );
}
