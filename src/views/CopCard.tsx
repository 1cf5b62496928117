/** A CoP in a list of cards: its title as a link to its page, its summary, who and where it is for. */
import { describeCareerStage, describeSetting } from '../lib/cop-groups.ts';
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
}

export function CopCard({ cop, level: Heading = 'h3' }: CopCardProps) {
  return (
    <li class="cop-card">
      <Heading class="cop-card__title">
        <a href={`/communities/${cop.id}/`}>{cop.title}</a>
      </Heading>
      {cop.draft && <span class="tag tag--draft">Draft</span>}
      <p>{cop.summary}</p>
      <p class="cop-card__meta">
        {describeCareerStage(cop.careerStage)} · {describeSetting(cop.setting)}
      </p>
    </li>
  );
}
