/** Each intake of the programme year: its sessions, status, application dates, note and calendar. */
import { formatDateRange, formatIsoDate } from '../lib/dates.ts';
import type { NamedDay } from '../lib/next-change.ts';
import { STATUS_LABELS } from '../lib/intake-status.ts';
import type { IntakeWithStatus } from '../lib/programme-view.ts';
import { formatSession, inOrder } from '../lib/schedule.ts';
import { InformationCurrent } from './InformationCurrent.tsx';
import './intake-list.css';

export interface IntakeListProps {
  /** The programme's intakes with their statuses that day, as `shownProgramme()` gives them. */
  intakes: readonly IntakeWithStatus[];
  /** For which days the statuses hold: `informationCurrent(buildDate, nextChange)`. */
  current: readonly (string | NamedDay)[];
  /** Heading level for each intake's name, to fit the page's outline. */
  level?: 'h2' | 'h3';
  /** List each session's day and time, where the programme file gives them. */
  showSchedule?: boolean;
}

/** Application dates matter until the intake closes; after that they only confuse. */
const applying = (intake: IntakeWithStatus) =>
  intake.computedStatus !== 'closed' && intake.computedStatus !== 'finished';

export function IntakeList({
  intakes,
  current,
  level: Heading = 'h3',
  showSchedule = false,
}: IntakeListProps) {
  return (
    <>
      <ul class="cards intakes">
        {intakes.map((intake) => (
          <li class="intakes__item">
            <Heading class="intakes__name">{intake.name}</Heading>
            <p class="intakes__meta">
              <span>Sessions {formatDateRange(intake.sessions.from, intake.sessions.to)}</span>
              <span class="tag" data-status={intake.computedStatus}>
                {STATUS_LABELS[intake.computedStatus]}
              </span>
            </p>
            {applying(intake) && intake.applications?.opens && (
              <p>Expressions of interest open {formatIsoDate(intake.applications.opens)}.</p>
            )}
            {applying(intake) && intake.applications?.closes && (
              <p>Expressions of interest close {formatIsoDate(intake.applications.closes)}.</p>
            )}
            {intake.note && <p>{intake.note}</p>}
            {showSchedule && intake.schedule && (
              <>
                <p id={`sessions-${intake.id}`}>Sessions, Melbourne time:</p>
                <ol class="intakes__schedule" aria-labelledby={`sessions-${intake.id}`}>
                  {inOrder(intake.schedule).map((session) => (
                    <li>{formatSession(session)}</li>
                  ))}
                </ol>
              </>
            )}
            {intake.calendarUrl && (
              <p>
                <a href={intake.calendarUrl} download>
                  Add to calendar<span class="visually-hidden"> for {intake.name}</span>
                </a>{' '}
                <span class="intakes__hint">(.ics file)</span>
              </p>
            )}
          </li>
        ))}
      </ul>
      <InformationCurrent current={current} />
    </>
  );
}
