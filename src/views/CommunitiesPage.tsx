/** The CoP listing inside <main>: whether one can still join, every CoP, and the CoPs by career stage and by setting. */
import {
  careerStages,
  describeCareerStage,
  describeSetting,
  groupBy,
  settings,
} from '../lib/cop-groups.ts';
import type { NamedDay } from '../lib/next-change.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { CopCard, type CopSummary } from './CopCard.tsx';
import { IntakeList } from './IntakeList.tsx';
import { ProgrammeNotice } from './ProgrammeNotice.tsx';

export interface CommunitiesPageProps {
  /** The programme the site shows and its statuses that day: `shownProgramme()`, or `programmeWithStatus()` for one file. */
  programme: Pick<
    ProgrammeWithStatus,
    'title' | 'capacity' | 'sessions' | 'cost' | 'delivery' | 'notice' | 'phase' | 'intakes'
  >;
  /** The CoPs in their listed order. */
  cops: readonly CopSummary[];
  /** For which days the statuses hold: `informationCurrent(buildDate, nextChange)`. */
  current: readonly (string | NamedDay)[];
}

export function CommunitiesPage({ programme, cops, current }: CommunitiesPageProps) {
  const lede = `${programme.title}: ${cops.length} communities, each with at most ${programme.capacity} practitioners over ${programme.sessions} sessions. Cost: ${programme.cost}. Delivery: ${programme.delivery}.`;
  // The two ways of grouping the CoPs, each a section of headed lists.
  const groupings = [
    {
      id: 'by-career-stage',
      title: 'By career stage',
      groups: groupBy(cops, careerStages, (cop) => cop.careerStage).map((group) => ({
        heading: describeCareerStage(group.key),
        cops: group.items,
      })),
    },
    {
      id: 'by-setting',
      title: 'By work setting',
      groups: groupBy(cops, settings, (cop) => cop.setting).map((group) => ({
        heading: describeSetting(group.key),
        cops: group.items,
      })),
    },
  ];
  return (
    <>
      <h1>Communities of Practice</h1>
      <p class="lede">{lede}</p>
      <nav aria-label="Jump to a grouping">
        <ul>
          <li>
            <a href="#all">All communities of practice</a>
          </li>
          <li>
            <a href="#by-career-stage">By career stage</a>
          </li>
          <li>
            <a href="#by-setting">By work setting</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="intakes-heading">
        <h2 id="intakes-heading">Can I still join?</h2>
        <ProgrammeNotice programme={programme} />
        <IntakeList intakes={programme.intakes} current={current} />
      </section>

      <section aria-labelledby="all">
        <h2 id="all">All communities of practice</h2>
        <ul class="cards">
          {cops.map((cop) => (
            <CopCard cop={cop} />
          ))}
        </ul>
      </section>

      {groupings.map((grouping) => (
        <section aria-labelledby={grouping.id}>
          <h2 id={grouping.id}>{grouping.title}</h2>
          {grouping.groups.map((group) => (
            <>
              <h3>{group.heading}</h3>
              <ul>
                {group.cops.map((cop) => (
                  <li>
                    <a href={`/communities/${cop.id}/`}>{cop.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ))}
        </section>
      ))}
    </>
  );
}
