/** How people reach the programme team outside the form: from `programmeContact` in content/site.yaml. */
import type { Site } from '../schemas/site.ts';
import { telHref, unbroken } from './phone.ts';

/** Another way to reach the programme team, as content/site.yaml gives it; either part may be missing. */
export type ProgrammeContact = NonNullable<Site['programmeContact']>;

/** One way to reach the team: "email" or "call", what people read, and the link. */
export interface ContactWay {
  verb: 'email' | 'call';
  text: string;
  href: string;
}

/** The ways to reach the team that the site gives, as links: mailto: and tel: (a number unbroken). */
export function contactWays(contact: ProgrammeContact = {}): ContactWay[] {
  const { email, phone } = contact;
  return [
    ...(email ? [{ verb: 'email' as const, text: email, href: `mailto:${email}` }] : []),
    ...(phone ? [{ verb: 'call' as const, text: unbroken(phone), href: telHref(phone) }] : []),
  ];
}
