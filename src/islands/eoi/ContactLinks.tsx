/**
 * The ways to reach the programme team as links, "email cop@example.org or call 03 9123 4567":
 * in the form's refusal panel, and (rendered on the server, no JavaScript) on pages that end with
 * the team's contact.
 */
import type { ContactWay } from '../../lib/programme-contact.ts';

export function ContactLinks({ ways }: { ways: readonly ContactWay[] }) {
  return (
    <>
      {ways.map((way, index) => [
        index > 0 && ' or ',
        `${way.verb} `,
        <a href={way.href} key={way.verb}>
          {way.text}
        </a>,
      ])}
    </>
  );
}
