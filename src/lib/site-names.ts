/** The organisation's and programme's names (content/site.yaml) as the pages' sentences use them. */

/** A name inside a sentence: "Regional Communities of Practice" → "regional Communities of Practice". */
export const inSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;

/** "<organisation>'s <programme>", the programme's name as a sentence continues it. */
export const ownedProgramme = (site: { organisation: string; programme: string }) =>
  `${site.organisation}'s ${inSentence(site.programme)}`;
