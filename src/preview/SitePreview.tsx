/**
 * Site-wide text: what every page has around its own content, the Quick exit bar, the header and
 * the footer (support lines, Acknowledgement of Country, and the shown programme's funding).
 */
import { navigationLinks } from '../lib/site-navigation.ts';
import { Footer } from '../views/Footer.tsx';
import { Header } from '../views/Header.tsx';
import { QuickExitBar } from '../views/QuickExitBar.tsx';
import type { EntryView } from './PreviewPage.tsx';
import { useShownProgramme } from './programme.ts';
import { publishedPages } from './published.ts';
import { useCollection } from './use-collection.ts';

export const SitePreview: EntryView<'site'> = ({ entry, editor, now }) => {
  const pages = useCollection(editor, 'pages');
  const programme = useShownProgramme(editor, now)?.programme;
  const links = navigationLinks(
    publishedPages(pages ?? []).map((page) => ({ id: page.slug, ...page.data })),
  );
  return (
    <>
      <QuickExitBar {...entry.data.quickExit} />
      <Header site={entry.data} links={links} here="" />
      <main>
        <p class="panel preview-note">Each page's own content shows here, between the two.</p>
      </main>
      {programme && <Footer site={entry.data} funding={programme.funding.statement} />}
    </>
  );
};
