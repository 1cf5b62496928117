/**
 * What an applicant sees when the form service will not take the form (refused for good, or over
 * its quota): no "send again", another way to reach the team, and their answers to keep.
 */
import { useRef, useState } from 'preact/hooks';
import { answersAsText, type Answer } from '../../lib/eoi/answers';
import {
  contactWays,
  NO_CONTACT,
  SEND_PROBLEMS,
  type NotTakenKind,
  type ProgrammeContact,
} from '../../lib/eoi/outcome';

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
  const copy = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState('');
  const text = answersAsText(problem.answers);
  const ways = contactWays(contact);

  async function copyAnswers() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Your answers are copied. Paste them somewhere to keep them.');
    } catch {
      // Some browsers refuse the clipboard: leave the answers selected for Ctrl+C.
      copy.current?.select();
      setCopied('Your answers are selected: copy them with Ctrl+C, or Command+C on a Mac.');
    }
  }

  return (
    <div class="error-summary" ref={summaryRef} tabindex={-1} aria-labelledby="not-taken-title">
      <div role="alert">
        <h2 class="error-summary__title" id="not-taken-title">
          Your expression of interest has not been sent
        </h2>
        <p>{SEND_PROBLEMS[problem.kind]}</p>
        {ways.length > 0 ? (
          <p>
            To tell the programme team you are interested,{' '}
            {ways.map((way, index) => [
              index > 0 && ' or ',
              `${way.verb} `,
              <a href={way.href} key={way.verb}>
                {way.text}
              </a>,
            ])}
            .
          </p>
        ) : (
          <p>{NO_CONTACT}</p>
        )}
        {problem.said.length > 0 && <p>The form service said: “{problem.said.join(' ')}”</p>}
      </div>
      <h3 id="not-taken-answers">Keep a copy of your answers</h3>
      <p id="not-taken-answers-hint">
        Your answers are still in the form below. Here they are as text, to copy and keep.
      </p>
      <textarea
        ref={copy}
        class="field__input not-taken__answers"
        rows={8}
        readOnly
        value={text}
        aria-labelledby="not-taken-answers"
        aria-describedby="not-taken-answers-hint"
      />
      <div class="not-taken__copy">
        <button type="button" class="button" onClick={copyAnswers}>
          Copy your answers
        </button>
        <p role="status">{copied}</p>
      </div>
    </div>
  );
}
