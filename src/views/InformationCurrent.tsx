/** Says for which days the statuses hold: until the next day a date changes them. */
import type { NamedDay } from '../lib/next-change.ts';
import './information-current.css';

export interface InformationCurrentProps {
  /** `informationCurrent(buildDate, nextChange)`: words, and days as `<time>`. */
  current: readonly (string | NamedDay)[];
}

export function InformationCurrent({ current }: InformationCurrentProps) {
  return (
    <p class="information-current">
      {current.map((part) =>
        typeof part === 'string' ? part : <time datetime={part.day}>{part.text}</time>,
      )}
    </p>
  );
}
