/** Where the expression of interest form sends: Formspree, or the local inbox in scripts/. */

export const FORMSPREE_ORIGIN = 'https://formspree.io';

/** The local inbox's port unless INBOX_PORT gives another: the one place it is written. */
const LOCAL_INBOX_PORT = 4322;

/** The local inbox `npm run inbox` starts, used when no form id is configured. */
export const LOCAL_INBOX = {
  port: LOCAL_INBOX_PORT,
  origin: `http://127.0.0.1:${LOCAL_INBOX_PORT}`,
  formId: 'local',
} as const;

export interface FormService {
  /** The service's origin, for `submitForm`'s `endpoint` option and the CSP. */
  origin: string;
  formId: string;
  /** The URL the form posts to without JavaScript. */
  action: string;
  /** True when no form id was configured and the form sends to the local inbox. */
  local: boolean;
}

/**
 * With a form id the form sends to Formspree unless another origin is given; without one
 * it sends to the local inbox, at the given origin if there is one.
 */
export function resolveFormService(config: {
  formId?: string | undefined;
  origin?: string | undefined;
}): FormService {
  const formId = config.formId?.trim() || undefined;
  const givenOrigin = config.origin?.trim().replace(/\/+$/, '') || undefined;
  const origin = givenOrigin ?? (formId ? FORMSPREE_ORIGIN : LOCAL_INBOX.origin);
  const id = formId ?? LOCAL_INBOX.formId;
  return {
    origin,
    formId: id,
    action: `${origin}/f/${encodeURIComponent(id)}`,
    local: !formId,
  };
}
