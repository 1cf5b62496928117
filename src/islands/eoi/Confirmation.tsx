/** What an applicant sees once the form service has their expression of interest. */
import type { Answer } from '../../lib/eoi/answers.ts';

/** What was sent: the reference, where staff will reply, and the answers in words. */
export interface Sent {
  reference: string;
  email: string;
  answers: Answer[];
  /** Interest in future CoPs, sent while no intake was open. */
  future: boolean;
}

export function Confirmation({
  sent,
  organisation,
  confirmationRef,
}: {
  sent: Sent;
  /** The organisation's name, from content/site.yaml. */
  organisation: string;
  confirmationRef: { current: HTMLDivElement | null };
}) {
  return (
    <div class="confirmation" ref={confirmationRef} tabindex={-1}>
      <div class="confirmation__panel">
        <h2 class="confirmation__title">Expression of interest sent</h2>
        <p>
          Your reference is <strong class="confirmation__reference">{sent.reference}</strong>
        </p>
      </div>
      <h2>What happens next</h2>
      {sent.future ? (
        <p>
          {organisation}’s programme staff will contact you by email at{' '}
          <strong>{sent.email}</strong> when the next intake opens. Keep your reference: quote it if
          you contact us about your expression of interest.
        </p>
      ) : (
        <p>
          {organisation}’s programme staff will consider your expression of interest and contact you
          by email at <strong>{sent.email}</strong>. Keep your reference: quote it if you contact us
          about your expression of interest.
        </p>
      )}
      <h2>Your answers</h2>
      <AnswerList answers={sent.answers} />
      <p>
        <a href="/communities/">Read about the communities of practice</a>
      </p>
    </div>
  );
}

/** The answers as the applicant reads them back: a label and what they gave, for each. */
export function AnswerList({ answers }: { answers: readonly Answer[] }) {
  return (
    <dl class="answers">
      {answers.map((answer) => (
        <div class="answers__row" key={answer.label}>
          <dt>{answer.label}</dt>
          <dd>{answer.value}</dd>
        </div>
      ))}
    </dl>
  );
}
