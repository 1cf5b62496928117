/** A CoP's page, all of it inside <main>: who it is for, what it offers, format, when it runs, how to apply. */
import { describeCareerStage, describeSetting } from '../lib/cop-groups.ts';
import type { NamedDay } from '../lib/next-change.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { takingInterest } from '../lib/taking-interest.ts';
import type { Cop } from '../schemas/cop.ts';
import { DraftTag } from './DraftTag.tsx';
import { IntakeList } from './IntakeList.tsx';
import { ProgrammeNotice } from './ProgrammeNotice.tsx';
import { RawHtml } from './RawHtml.tsx';

export interface CopPageProps {
  /** A CoP file's data and its id (the file's name). */
  cop: Pick<Cop, 'title' | 'summary' | 'audience' | 'careerStage' | 'setting' | 'draft'> & {
    id: string;
  };
  /** The CoP's text below its front matter as HTML: `renderMarkdown(body)`. */
  bodyHtml: string;
  /** The programme the site shows and its statuses that day: `shownProgramme()`, or `programmeWithStatus()` for one file. */
  programme: Pick<
    ProgrammeWithStatus,
    'notice' | 'phase' | 'intakes' | 'capacity' | 'sessions' | 'cost' | 'delivery' | 'eligibility'
  >;
  /** For which days the statuses hold: `informationCurrent(buildDate, nextChange)`. */
  current: readonly (string | NamedDay)[];
  /** The words on a draft: `DRAFT_LABEL` unless given. */
  draftLabel?: string | undefined;
}

export function CopPage({ cop, bodyHtml, programme, current, draftLabel }: CopPageProps) {
  const interest = takingInterest(programme.phase);
  const applyHref = `/apply/${cop.id}/`;
  return (
    <>
      <p class="breadcrumb" data-pagefind-ignore="">
        <a href="/communities/">Communities of Practice</a>
      </p>
      <h1>{cop.title}</h1>
      {cop.draft && <DraftTag label={draftLabel} />}
      <p class="lede">{cop.summary}</p>
      <ProgrammeNotice programme={programme} applyHref={applyHref} />

      <h2 id="who-it-is-for">Who it is for</h2>
      <ul>
        {cop.audience.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>
        {describeCareerStage(cop.careerStage)} · {describeSetting(cop.setting)}
      </p>

      <h2 id="what-it-offers">What it offers</h2>
      <RawHtml html={bodyHtml} />

      <h2 id="format">Format</h2>
      <ul>
        <li>At most {programme.capacity} practitioners</li>
        <li>{programme.sessions} sessions</li>
        <li>{programme.cost}</li>
        <li>
          {programme.delivery}: <a href="/online-delivery/">our ethos to online CoP delivery</a>
        </li>
        <li>Open to {programme.eligibility}</li>
      </ul>

      <h2 id="when-it-runs">When it runs</h2>
      <IntakeList intakes={programme.intakes} current={current} showSchedule />
      <p>
        <a class="button" href={applyHref}>
          {interest.action}
          <span class="visually-hidden"> in the {cop.title}</span>
        </a>
      </p>
    </>
  );
}
