/** A CoP: its page, with each intake's status today in the programme year the site shows. */
import { melbourneToday } from '../lib/dates.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { CopPage } from '../views/CopPage.tsx';
import type { EntryView } from './PreviewPage.tsx';
import { shownProgramme } from './programme.ts';
import { useCollection } from './use-collection.ts';

export const CopPreview: EntryView<'cops'> = ({ entry, editor, now }) => {
  const programmes = useCollection(editor, 'programme');
  const programme = programmes && shownProgramme(programmes, now);
  if (!programme) return null;
  return (
    <CopPage
      cop={{ id: entry.slug, ...entry.data }}
      bodyHtml={renderMarkdown(entry.body)}
      programme={programme}
      today={melbourneToday(now)}
    />
  );
};
