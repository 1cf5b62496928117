/** A page of content/pages/: its title, its text (with the reflections where it places them), the team's contact, its resources. */
import type { BodyPart } from '../lib/markdown.ts';
import type { ContactWay } from '../lib/programme-contact.ts';
import type { Page } from '../schemas/page.ts';
import { DraftTag } from './DraftTag.tsx';
import { ProgrammeContact } from './ProgrammeContact.tsx';
import { RawHtml } from './RawHtml.tsx';
import { ReflectionList, type ReflectionData } from './ReflectionQuote.tsx';
import { ResourceList } from './ResourceList.tsx';

export interface ContentPageProps {
  /** A page file's data. */
  page: Pick<Page, 'title' | 'draft' | 'showContact' | 'resources'>;
  /** Its text below the front matter: `bodyParts(body)`. */
  body: readonly BodyPart[];
  /** Listed where the text places `<Reflections />`, newest first. */
  reflections: readonly ReflectionData[];
  /** `contactWays(site.programmeContact)`: shown when the page asks for it. */
  contact: readonly ContactWay[];
  /** The words on a draft: `DRAFT_LABEL` unless given. */
  draftLabel?: string | undefined;
}

export function ContentPage({ page, body, reflections, contact, draftLabel }: ContentPageProps) {
  return (
    <article class="prose">
      <h1>{page.title}</h1>
      {page.draft && <DraftTag label={draftLabel} />}
      {body.map((part) =>
        part.kind === 'reflections' ? (
          <ReflectionList reflections={reflections} draftLabel={draftLabel} />
        ) : (
          <RawHtml html={part.html} />
        ),
      )}
      {page.showContact && <ProgrammeContact ways={contact} />}
      <ResourceList resources={page.resources} />
    </article>
  );
}
