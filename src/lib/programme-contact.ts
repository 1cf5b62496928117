/** How people reach the programme team outside the form: from `programmeContact` in content/site.yaml. */

/** Another way to reach the programme team, from content/site.yaml; either part may be missing. */
export interface ProgrammeContact {
  email?: string | undefined;
  phone?: string | undefined;
}

/** One way to reach the team: "email" or "call", what people read, and the link. */
export interface ContactWay {
  verb: 'email' | 'call';
  text: string;
  href: string;
}

/** The ways to reach the team that the site gives, as links: mailto: and tel:. */
export function contactWays(contact: ProgrammeContact = {}): ContactWay[] {
  const { email, phone } = contact;
  return [
    ...(email ? [{ verb: 'email' as const, text: email, href: `mailto:${email}` }] : []),
    ...(phone
      ? [{ verb: 'call' as const, text: phone, href: `tel:${phone.replace(/\s/g, '')}` }]
      : []),
  ];
}
