/** The reflections page inside <main>: every reflection, newest first. */
import { ReflectionList, type ReflectionData } from './ReflectionQuote.tsx';

export interface ReflectionsPageProps {
  /** Newest first. */
  reflections: readonly ReflectionData[];
  /** The words on a draft: `DRAFT_LABEL` unless given. */
  draftLabel?: string | undefined;
}

export function ReflectionsPage({ reflections, draftLabel }: ReflectionsPageProps) {
  return (
    <>
      <h1>Reflections from past participants</h1>
      <p class="lede">
        Some reflections from past participants about their experience of our communities of
        practice.
      </p>
      <ReflectionList reflections={reflections} draftLabel={draftLabel} />
      <p>
        <a href="/learning/">What we are learning through communities of practice</a>
      </p>
    </>
  );
}
