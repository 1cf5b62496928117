/** A reflection, as the reflections page shows it. */
import { ReflectionQuote } from '../views/ReflectionQuote.tsx';
import type { EntryView } from './PreviewPage.tsx';

export const ReflectionPreview: EntryView<'reflections'> = ({ entry }) => (
  <ReflectionQuote reflection={entry.data} />
);
