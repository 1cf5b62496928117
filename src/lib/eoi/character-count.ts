/** GOV.UK's character count, in words: how much room a long answer has left. */

const inWords = (count: number) =>
  `${count.toLocaleString('en-AU')} ${count === 1 ? 'character' : 'characters'}`;

/** The limit said plainly: shown without JavaScript, and the text box's description with it. */
export const limitInWords = (limit: number) => `You can enter up to ${inWords(limit)}`;

export interface CharacterCount {
  /** "You have 12 characters remaining", or "You have 3 characters too many". */
  message: string;
  /** Past the limit: shown as an error until the answer is shortened. */
  over: boolean;
}

/** The count for an answer of this length, counted as the schema counts it (string length). */
export function countCharacters(limit: number, length: number): CharacterCount {
  const left = limit - length;
  return left < 0
    ? { message: `You have ${inWords(-left)} too many`, over: true }
    : { message: `You have ${inWords(left)} remaining`, over: false };
}
