/**
 * The Content Security Policy beyond `script-src` and `style-src` (Astro writes those, with a hash
 * for each inline script and style). Everything comes from the site itself; the form service is
 * the one other origin, and only for sending the form.
 */
export function cspDirectives(formServiceOrigin?: string) {
  const formOrigin = formServiceOrigin ? ` ${new URL(formServiceOrigin).origin}` : '';
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    `connect-src 'self'${formOrigin}`,
    `form-action 'self'${formOrigin}`,
  ] as const;
}
