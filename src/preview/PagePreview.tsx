/** A page: its text with the reflections where it places them, the team's contact, its resources. */
import { bodyParts } from '../lib/markdown.ts';
import { contactWays } from '../lib/programme-contact.ts';
import { ContentPage } from '../views/ContentPage.tsx';
import type { EntryView } from './PreviewPage.tsx';
import { publishedReflections } from './published.ts';
import { useCollection } from './use-collection.ts';

export const PagePreview: EntryView<'pages'> = ({ entry, editor }) => {
  const reflections = useCollection(editor, 'reflections');
  const [site] = useCollection(editor, 'site') ?? [];
  if (!reflections || !site) return null;
  return (
    <ContentPage
      page={entry.data}
      body={bodyParts(entry.body)}
      reflections={publishedReflections(reflections).map((reflection) => reflection.data)}
      contact={contactWays(site.data.programmeContact)}
    />
  );
};
