/** GOV.UK's character count under a text area: the limit without JavaScript, a live count with it. */
import { useEffect, useState } from 'preact/hooks';
import { countCharacters, limitInWords } from '../../lib/eoi/character-count.ts';

/** How long typing must pause before screen readers hear the count (GOV.UK waits about a second). */
export const ANNOUNCE_AFTER_MS = 1000;

/** The id of the limit's description, which the text area names in aria-describedby. */
export const limitId = (fieldId: string) => `${fieldId}-limit`;

export function CharacterCount({ id, value, limit }: { id: string; value: string; limit: number }) {
  // False on the server and until hydrated: the page then shows the limit as plain text.
  const [counting, setCounting] = useState(false);
  const { message, over } = countCharacters(limit, value.length);
  const [announced, setAnnounced] = useState(message);
  useEffect(() => setCounting(true), []);
  useEffect(() => {
    if (!counting) return;
    // Announcing every keystroke would talk over the typing: wait for a pause.
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, counting]);
  return (
    <>
      <div id={limitId(id)} class={counting ? 'visually-hidden' : 'character-count'}>
        {limitInWords(limit)}
      </div>
      {counting && (
        <>
          <div class={`character-count${over ? ' character-count--over' : ''}`} aria-hidden="true">
            {message}
          </div>
          <div class="visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      )}
    </>
  );
}
