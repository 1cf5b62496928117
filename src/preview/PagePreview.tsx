/**
 * A page: its text with the reflections and what the form collects where it places them, the
 * team's contact, its resources.
 */
import { whatWeCollect } from '../lib/eoi/what-we-collect.ts';
import { bodyParts } from '../lib/markdown.ts';
import { contactWays } from '../lib/programme-contact.ts';
import { ContentPage } from '../views/ContentPage.tsx';
import { useFormQuestions } from './form.ts';
import type { EntryView } from './PreviewPage.tsx';
import { publishedReflections } from './published.ts';
import { useCollection } from './use-collection.ts';

export const PagePreview: EntryView<'pages'> = ({ entry, editor, now }) => {
  const reflections = useCollection(editor, 'reflections');
  const [site] = useCollection(editor, 'site') ?? [];
  const form = useFormQuestions(editor, now);
  if (!reflections || !site || !form) return null;
  return (
    <ContentPage
      page={entry.data}
      body={bodyParts(entry.body)}
      reflections={publishedReflections(reflections).map((reflection) => reflection.data)}
      collected={form.form ? whatWeCollect(form.form.questions) : []}
      contact={contactWays(site.data.programmeContact)}
    />
  );
};
