/** The programme in six numbers and words: how many CoPs, their size, sessions, cost, delivery, who may join. */
import type { Programme } from '../schemas/programme.ts';

export interface KeyFactsProps {
  programme: Pick<Programme, 'capacity' | 'sessions' | 'cost' | 'delivery' | 'eligibility'>;
  /** How many CoPs the site lists. */
  copCount: number;
}

export function KeyFacts({ programme, copCount }: KeyFactsProps) {
  return (
    <ul class="facts" aria-label="Key facts">
      <li>
        <strong>{copCount}</strong> communities of practice
      </li>
      <li>
        <strong>{programme.capacity}</strong> practitioners at most in each
      </li>
      <li>
        <strong>{programme.sessions}</strong> sessions each
      </li>
      <li>
        <strong>{programme.cost}</strong> to take part
      </li>
      <li>
        <strong>{programme.delivery}</strong> delivery
      </li>
      <li>
        <strong>Eligibility</strong> {programme.eligibility}
      </li>
    </ul>
  );
}
