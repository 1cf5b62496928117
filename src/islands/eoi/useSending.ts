/** The form's sending state: one expression of interest on its way at a time. */
import type { Client } from '@formspree/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SendOutcome } from '../../lib/eoi/outcome.ts';
import { formClient, sendEoi, type SendOptions } from '../../lib/eoi/send.ts';

export function useSending() {
  // Made as the form hydrates, so the session data tells Formspree how long the page was open.
  const client = useRef<Client | null>(null);
  useLayoutEffect(() => {
    client.current = formClient();
  }, []);
  // A ref as well as state: a second press can come before the re-render that shows "Sending…".
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  async function sendAnswers(options: Omit<SendOptions, 'client'>): Promise<SendOutcome> {
    inFlight.current = true;
    setSending(true);
    try {
      return await sendEoi({ ...options, client: client.current ?? formClient() });
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }
  return { sending, isSending: () => inFlight.current, sendAnswers };
}
