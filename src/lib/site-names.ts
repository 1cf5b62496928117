/** The organisation's and programme's names (content/site.yaml) as the pages' sentences use them. */

/** A name inside a sentence: "Primary prevention Communities of Practice" → "primary prevention …". */
export const inSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;

/** "Safe and Equal's primary prevention Communities of Practice". */
export const ownedProgramme = (site: { organisation: string; programme: string }) =>
  `${site.organisation}'s ${inSentence(site.programme)}`;
