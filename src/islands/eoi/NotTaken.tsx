/**
 * What an applicant sees when the form service will not take the form (refused for good, or over
 * its quota): no "send again", another way to reach the team, and their answers to keep.
 */
import { useState } from 'preact/hooks';
import { answersAsText, type Answer } from '../../lib/eoi/answers';
import {
  contactWays,
  NO_CONTACT,
  SEND_PROBLEMS,
  type NotTakenKind,
  type ProgrammeContact,
} from '../../lib/eoi/outcome';
import { AnswerList } from './Confirmation';

export interface NotTakenProblem {
  kind: NotTakenKind;
  /** The service's own words, if any, for the applicant to quote. */
  said: readonly string[];
  answers: readonly Answer[];
}

interface NotTakenProps {
  problem: NotTakenProblem;
  contact?: ProgrammeContact | undefined;
  summaryRef: { current: HTMLDivElement | null };
}

export function NotTaken({ problem, contact, summaryRef }: NotTakenProps) {
  const [copied, setCopied] = useState('');
  const ways = contactWays(contact);

  async function copyAnswers() {
    try {
      await navigator.clipboard.writeText(answersAsText(problem.answers));
      setCopied('Your answers are copied. Paste them somewhere to keep them.');
    } catch {
      setCopied('Your browser did not let this page copy them: select the answers above to copy.');
    }
  }

  return (
    <div class="error-summary" ref={summaryRef} tabindex={-1} aria-labelledby="not-taken-title">
      <div role="alert">
        <h2 class="error-summary__title" id="not-taken-title">
          Your expression of interest has not been sent
        </h2>
        <p>{SEND_PROBLEMS[problem.kind]}</p>
        <p>
          {ways.length > 0
            ? [
                'To tell the programme team you are interested, ',
                ways.map((way, index) => [
                  index > 0 && ' or ',
                  `${way.verb} `,
                  <a href={way.href} key={way.verb}>
                    {way.text}
                  </a>,
                ]),
                '.',
              ]
            : NO_CONTACT}
        </p>
        {problem.said.length > 0 && <p>The form service said: “{problem.said.join(' ')}”</p>}
      </div>
      <h3>Your answers, to keep</h3>
      <p>They are also still in the form below.</p>
      <AnswerList answers={problem.answers} />
      <div class="not-taken__copy">
        <button type="button" class="button" onClick={copyAnswers}>
          Copy your answers
        </button>
        <p role="status">{copied}</p>
      </div>
    </div>
  );
}
