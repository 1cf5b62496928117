/** The form service this build sends expressions of interest to, from `astro:env`. */
import { PUBLIC_FORM_ID, PUBLIC_FORM_ORIGIN } from 'astro:env/client';
import { resolveFormService } from '../lib/eoi/service.ts';

export const formService = resolveFormService({
  formId: PUBLIC_FORM_ID,
  origin: PUBLIC_FORM_ORIGIN,
});

if (formService.local) {
  console.warn(
    `PUBLIC_FORM_ID is not set: the form at /apply/ sends to the local inbox at ${formService.origin} (npm run inbox).`,
  );
}
