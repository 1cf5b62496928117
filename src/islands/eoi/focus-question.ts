/** Where an error summary link takes the applicant: GOV.UK's error summary rule. */
import type { TargetedMouseEvent } from 'preact';

/**
 * What to bring into view above a question's input: its group's legend for a radio or checkbox,
 * or for a text box in a group when the legend would stay within half a screen of it; otherwise
 * the input's own label (the "Other" text box sits nine options below its legend).
 */
function labelToShow(input: HTMLElement): Element | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    const isBox = input instanceof HTMLInputElement && ['radio', 'checkbox'].includes(input.type);
    if (isBox) return legend;
    const { top, height } = input.getBoundingClientRect();
    if (height && top + height - legend.getBoundingClientRect().top < window.innerHeight / 2) {
      return legend;
    }
  }
  return document.querySelector(`label[for="${input.id}"]`) ?? input.closest('label');
}

/** Moves focus to a question from the summary, its label or legend scrolled into view above it. */
export function focusQuestion(event: TargetedMouseEvent<HTMLAnchorElement>) {
  const input = document.getElementById(event.currentTarget.hash.slice(1));
  if (!input) return;
  event.preventDefault();
  (labelToShow(input) ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
