/** A CoP in a list of cards: its title as a link to its page, its summary, who and where it is for. */
import { describeCareerStage, describeSetting } from '../lib/cop-groups.ts';
import { copLessRoom } from '../lib/intake-status.ts';
import type { Cop } from '../schemas/cop.ts';
import './cop-card.css';

/** What a list of CoPs shows of each: a CoP file's data and its id (the file's name). */
export type CopSummary = Pick<Cop, 'title' | 'summary' | 'careerStage' | 'setting' | 'draft'> & {
  id: string;
};

export interface CopCardProps {
  cop: CopSummary;
  /** Heading level for the card's title, to fit the page's outline. */
  level?: 'h2' | 'h3';
  /** The intakes where it has less room than the rest: `copLessRoom(programme.intakes, id)`. */
  lessRoom?: ReturnType<typeof copLessRoom> | undefined;
}

export function CopCard({ cop, level: Heading = 'h3', lessRoom = [] }: CopCardProps) {
  return (
    <li class="cop-card">
      <Heading class="cop-card__title">
        <a href={`/communities/${cop.id}/`}>{cop.title}</a>
      </Heading>
      {cop.draft && <span class="tag tag--draft">Draft</span>}
      <p>{cop.summary}</p>
      {lessRoom.map((room) => (
        <p class="cop-card__room">
          <span class="tag" data-status={room.status}>
            {room.words}
          </span>
        </p>
      ))}
      <p class="cop-card__meta">
        {describeCareerStage(cop.careerStage)} · {describeSetting(cop.setting)}
      </p>
    </li>
  );
}

/** The CoPs as cards, each with the intakes where it has less room than the rest. */
export function CopCards({
  cops,
  intakes,
}: {
  cops: readonly CopSummary[];
  intakes: Parameters<typeof copLessRoom>[0];
}) {
  return (
    <ul class="cards">
      {cops.map((cop) => (
        <CopCard cop={cop} lessRoom={copLessRoom(intakes, cop.id)} />
      ))}
    </ul>
  );
}
