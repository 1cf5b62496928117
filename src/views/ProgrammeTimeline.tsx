/** The programme year at a glance: a picture drawn without script, and the same in words. */
import { STATUS_LABELS } from '../lib/intake-status.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { layoutTimeline, type Label, type Span } from '../lib/timeline.ts';
import './programme-timeline.css';

/** The hatch pattern's id, which the stylesheet fills application periods with: one timeline a page. */
export const TIMELINE_HATCH_ID = 'timeline-hatch';

export interface ProgrammeTimelineProps {
  programme: Pick<ProgrammeWithStatus, 'title' | 'runs' | 'intakes' | 'summerBreak'>;
  /** The build's day in Melbourne, YYYY-MM-DD: the picture marks its month. */
  today: string;
}

const pct = (value: number) => `${value.toFixed(3)}%`;
const em = (value: number) => `${value.toFixed(2)}em`;
const box = (span: Span, top: number, height: number) => ({
  x: pct(span.x),
  y: em(top),
  width: pct(span.width),
  height: em(height),
});
/** Where a label's text stands. */
const placed = (label: Label, y: number) => ({
  x: pct(label.x),
  y: em(y),
  'text-anchor': label.anchor,
});

export function ProgrammeTimeline({ programme, today }: ProgrammeTimelineProps) {
  const timeline = layoutTimeline({
    title: programme.title,
    runs: programme.runs,
    intakes: programme.intakes.map((intake) => ({
      ...intake,
      statusLabel: STATUS_LABELS[intake.computedStatus],
    })),
    summerBreak: programme.summerBreak,
    today,
  });
  /** A box from the top of the month grid to its bottom. */
  const column = (span: Span) =>
    box(span, timeline.gridTop, timeline.gridBottom - timeline.gridTop);
  /** A box on an intake's lane. */
  const bar = (span: Span, barY: number) => box(span, barY, timeline.barHeight);
  const hasApplications = timeline.lanes.some((lane) => lane.applications);
  return (
    <figure class="timeline">
      <svg
        class="timeline__picture"
        width="100%"
        height={em(timeline.height)}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <pattern
            id={TIMELINE_HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect class="timeline__hatch" width="3" height="6"></rect>
          </pattern>
        </defs>
        {timeline.months.map((month, index) => (
          <>
            <rect
              class={index % 2 ? 'timeline__month timeline__month--alt' : 'timeline__month'}
              {...column(month)}
            />
            {month.year && (
              <text class="timeline__year" x={pct(month.x)} y={em(timeline.yearY)}>
                {month.year}
              </text>
            )}
            <text
              class="timeline__month-name"
              x={pct(month.x + month.width / 2)}
              y={em(timeline.monthY)}
              text-anchor="middle"
            >
              <tspan class="timeline__long">{month.short}</tspan>
              <tspan class="timeline__short">{month.initial}</tspan>
            </text>
          </>
        ))}
        {timeline.summerBreak && (
          <>
            <rect class="timeline__break" {...column(timeline.summerBreak)} />
            <text {...placed(timeline.summerBreak.label, timeline.summerBreak.labelY)}>
              {timeline.summerBreak.label.text}
            </text>
          </>
        )}
        {timeline.lanes.map((lane) => (
          <>
            <text class="timeline__lane-name" {...placed(lane.label, lane.labelY)}>
              {lane.label.text}
            </text>
            {lane.applications && (
              <rect class="timeline__applications" {...bar(lane.applications, lane.barY)} />
            )}
            <rect class="timeline__sessions" {...bar(lane.sessions, lane.barY)} rx="3" />
          </>
        ))}
        {timeline.today && (
          <>
            <line
              class="timeline__today"
              x1={pct(timeline.today.x)}
              x2={pct(timeline.today.x)}
              y1={em(timeline.gridTop - 0.3)}
              y2={em(timeline.today.labelY - 1)}
            />
            <text
              class="timeline__today-label"
              {...placed(timeline.today.label, timeline.today.labelY)}
            >
              {timeline.today.label.text}
            </text>
          </>
        )}
      </svg>
      <figcaption>
        <ul class="timeline__key" aria-hidden="true">
          <li>
            <span class="timeline__swatch timeline__swatch--sessions"></span>Sessions
          </li>
          {hasApplications && (
            <li>
              <span class="timeline__swatch timeline__swatch--applications" />
              Expressions of interest
            </li>
          )}
          {timeline.summerBreak && (
            <li>
              <span class="timeline__swatch timeline__swatch--break" />
              Summer break
            </li>
          )}
        </ul>
        <ul class="visually-hidden">
          {timeline.words.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
