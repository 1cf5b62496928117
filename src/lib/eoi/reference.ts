/** The applicant's reference, like EOI-7K3F-2Q: short enough to read aloud over the phone. */

/** Digits and capitals without 0, 1, I, L, O and U, which are misread or spell words. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export const REFERENCE_PATTERN = /^EOI-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/;

/** Fills a byte array with random values: `crypto.getRandomValues` in browsers and Node. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const defaultRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

/** A new reference; unbiased: bytes that would favour some characters are drawn again. */
export function createReference(random: RandomBytes = defaultRandom): string {
  const size = REFERENCE_ALPHABET.length;
  const usable = 256 - (256 % size);
  let characters = '';
  while (characters.length < 6) {
    for (const byte of random(new Uint8Array(8))) {
      if (byte < usable && characters.length < 6) characters += REFERENCE_ALPHABET[byte % size];
    }
  }
  return `EOI-${characters.slice(0, 4)}-${characters.slice(4)}`;
}
