/** The form's sending state: one expression of interest on its way at a time. */
import { useRef, useState } from 'preact/hooks';
import { sendEoi, type SendOptions, type SendOutcome } from '../../lib/eoi/send';

export function useSending() {
  // A ref as well as state: a second press can come before the re-render that shows "Sending…".
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  async function send(options: SendOptions): Promise<SendOutcome> {
    inFlight.current = true;
    setSending(true);
    try {
      return await sendEoi(options);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }
  return { sending, isSending: () => inFlight.current, send };
}
