/** The home page inside <main>: the programme year, its key facts and timeline, its intakes, the CoPs, a reflection. */
import { formatDateRange } from '../lib/dates.ts';
import type { NamedDay } from '../lib/next-change.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { ownedProgramme } from '../lib/site-names.ts';
import { takingInterest } from '../lib/taking-interest.ts';
import type { Site } from '../schemas/site.ts';
import { CopCard, type CopSummary } from './CopCard.tsx';
import { IntakeList } from './IntakeList.tsx';
import { KeyFacts } from './KeyFacts.tsx';
import { ProgrammeNotice } from './ProgrammeNotice.tsx';
import { ProgrammeTimeline } from './ProgrammeTimeline.tsx';
import { ReflectionQuote, type ReflectionData } from './ReflectionQuote.tsx';

export interface HomePageProps {
  site: Pick<Site, 'organisation' | 'programme'>;
  /** The programme the site shows and its statuses that day: `shownProgramme()`, or `programmeWithStatus()` for one file. */
  programme: ProgrammeWithStatus;
  /** The CoPs in their listed order. */
  cops: readonly CopSummary[];
  /** The newest reflection, if there is one. */
  reflection?: ReflectionData | undefined;
  /** The pages with a menu label, in order: their id (the file's name) and title. */
  pages: readonly { id: string; title: string }[];
  /** The build's day in Melbourne, YYYY-MM-DD: the timeline marks its month. */
  today: string;
  /** For which days the statuses hold: `informationCurrent(buildDate, nextChange)`. */
  current: readonly (string | NamedDay)[];
}

export function HomePage({
  site,
  programme,
  cops,
  reflection,
  pages,
  today,
  current,
}: HomePageProps) {
  const range = formatDateRange(programme.runs.from, programme.runs.to);
  const overview =
    programme.phase === 'finished'
      ? `We offered ${cops.length} communities of practice to ${programme.eligibility}. They ran from ${range}.`
      : `We are offering ${cops.length} communities of practice to ${programme.eligibility}. They run from ${range}. ${programme.summerBreak.description}.`;
  const interest = takingInterest(programme.phase);
  return (
    <>
      <h1>{programme.title}</h1>
      <ProgrammeNotice programme={programme} />
      <p class="lede">
        {ownedProgramme(site)} (CoPs) bring together those working in primary prevention to explore
        challenges and opportunities, strengthen policy and practice and build the capabilities and
        skills of those working in prevention.
      </p>
      <p>{overview}</p>
      <KeyFacts programme={programme} copCount={cops.length} />

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">The programme at a glance</h2>
        <ProgrammeTimeline programme={programme} today={today} />
      </section>

      <section aria-labelledby="intakes-heading">
        <h2 id="intakes-heading">Can I still join?</h2>
        <IntakeList intakes={programme.intakes} current={current} />
        <p>
          <a class="button" href="/apply/">
            {interest.invitation}
          </a>
        </p>
      </section>

      <section aria-labelledby="cops-heading">
        <h2 id="cops-heading">Our communities of practice</h2>
        <ul class="cards">
          {cops.map((cop) => (
            <CopCard cop={cop} />
          ))}
        </ul>
        <p>
          <a href="/communities/">
            Compare the communities of practice by career stage and setting
          </a>
        </p>
      </section>

      {reflection && (
        <section aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">What past participants say</h2>
          <ReflectionQuote reflection={reflection} />
          <p>
            <a href="/reflections/">Read more reflections</a>
          </p>
        </section>
      )}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">How we run them</h2>
        <p>
          Communities of practice create a safe space for prevention practitioners to exchange
          knowledge, resources and ideas, and build rich relationships, through peer learning and
          expert facilitation.
        </p>
        <ul>
          {pages.map((page) => (
            <li>
              <a href={`/${page.id}/`}>{page.title}</a>
            </li>
          ))}
        </ul>
      </section>

      <p class="panel">{programme.funding.statement}</p>
    </>
  );
}
