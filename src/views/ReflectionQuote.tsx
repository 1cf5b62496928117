/** One participant's reflection: the quote, who said it and when. */
import { formatIsoDate } from '../lib/dates.ts';
import type { Reflection } from '../schemas/reflection.ts';
import { DraftTag } from './DraftTag.tsx';
import './reflection-quote.css';

/** What a reflection shows: a reflection file's data. */
export type ReflectionData = Pick<Reflection, 'quote' | 'attribution' | 'date' | 'draft'>;

export interface ReflectionQuoteProps {
  reflection: ReflectionData;
  /** The words on a draft: `DRAFT_LABEL` unless given. */
  draftLabel?: string | undefined;
}

export function ReflectionQuote({ reflection, draftLabel }: ReflectionQuoteProps) {
  const { quote, attribution, date, draft } = reflection;
  return (
    <figure class="reflection">
      {draft && <DraftTag label={draftLabel} />}
      <blockquote>
        <p>“{quote}”</p>
      </blockquote>
      <figcaption>
        – {attribution} ({formatIsoDate(date)})
      </figcaption>
    </figure>
  );
}

export interface ReflectionListProps {
  /** Newest first, as the reflections page lists them. */
  reflections: readonly ReflectionData[];
  draftLabel?: string | undefined;
}

/** Every reflection, one after another: the reflections page, and where a page places `<Reflections />`. */
export function ReflectionList({ reflections, draftLabel }: ReflectionListProps) {
  return (
    <>
      {reflections.map((reflection) => (
        <ReflectionQuote reflection={reflection} draftLabel={draftLabel} />
      ))}
    </>
  );
}
