/** Says when statuses were worked out: a static page is only as fresh as its last build. */
import { formatIsoDate } from '../lib/dates.ts';
import './information-current.css';

export interface InformationCurrentProps {
  /** The day the statuses were worked out, in Melbourne: YYYY-MM-DD (`melbourneToday(now)`). */
  today: string;
}

export function InformationCurrent({ today }: InformationCurrentProps) {
  return (
    <p class="information-current">
      Information current at <time datetime={today}>{formatIsoDate(today)}</time>.
    </p>
  );
}
