/** A CoP: its page, with each intake's status today in the programme year the site shows. */
import { renderMarkdown } from '../lib/markdown.ts';
import { CopPage } from '../views/CopPage.tsx';
import { NoProgramme, type EntryView } from './PreviewPage.tsx';
import { useShownProgramme } from './programme.ts';

export const CopPreview: EntryView<'cops'> = ({ entry, editor, now }) => {
  const shown = useShownProgramme(editor, now, { cop: entry.slug });
  if (!shown) return null;
  if (!shown.programme) return <NoProgramme />;
  return (
    <CopPage
      cop={{ id: entry.slug, ...entry.data }}
      bodyHtml={renderMarkdown(entry.body)}
      programme={shown.programme}
      current={shown.current}
    />
  );
};
