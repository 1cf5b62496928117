/** Phone numbers as the site shows and dials them: "03 9123 4567", from content written that way. */

/** The link that dials a number: `tel:0391234567`. */
export const telHref = (number: string) => `tel:${number.replace(/\s+/g, '')}`;

/** Text that must not wrap mid-number (or mid-name): its spaces made non-breaking. */
export const unbroken = (text: string) => text.replace(/\s+/g, '\u00a0');
