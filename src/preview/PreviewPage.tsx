/**
 * What every preview shares: the entry read as the build reads it, a plain note that a draft is
 * not on the public site, or the lines the build would stop with, and a view that fails to draw
 * shown as a sentence rather than a blank pane.
 */
import { Component, type ComponentChildren } from 'preact';
import type { CollectionName } from '../lib/content/collections.ts';
import { DraftTag, PREVIEW_DRAFT_LABEL } from '../views/DraftTag.tsx';
import { editorEntry, readEntry, type EditorPreviewProps, type ReadOk } from './editor-entry.ts';

/** A page the preview draws for an entry it could read. */
export type EntryView<Name extends CollectionName> = (props: {
  entry: ReadOk<Name>;
  editor: EditorPreviewProps;
  now: Date;
}) => ComponentChildren;

class DrawingProblem extends Component<{ children: ComponentChildren }, { error?: string }> {
  override state: { error?: string } = {};
  override componentDidCatch(error: unknown) {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }
  override render() {
    if (this.state.error) {
      return (
        <p class="panel preview-note">
          The preview could not be drawn ({this.state.error}). The entry can still be saved; the
          content check will say if the site cannot be built with it.
        </p>
      );
    }
    return this.props.children;
  }
}

/** In place of a page that needs the programme year, when there is none (the build stops too). */
export function NoProgramme() {
  return (
    <p class="panel preview-note" role="status">
      The site cannot be built without a programme year: add one under "Programme years".
    </p>
  );
}

/**
 * The preview of one collection's entries: the page as it will be published, in the page's
 * `<main>`, or drawing the whole frame itself (`around`: the header and footer of site-wide text).
 */
export function entryPreview<Name extends CollectionName>(
  collection: Name,
  View: EntryView<Name>,
  { around = false } = {},
) {
  return function EntryPreview({ editor }: { editor: EditorPreviewProps }) {
    const entry = readEntry(collection, editorEntry(editor.entry));
    if (!entry.ok) {
      return (
        <main>
          <div class="panel preview-note" role="status">
            <p>
              {entry.isNew
                ? 'The page shows here once these are filled in:'
                : 'The site cannot be built with this entry as it is:'}
            </p>
            <p class="preview-note__problems">{entry.problems}</p>
          </div>
        </main>
      );
    }
    const draft = 'draft' in entry.data && entry.data.draft === true;
    // Drawn as it will be once published; the note says it is not yet.
    const shown = draft ? { ...entry, data: { ...entry.data, draft: false } } : entry;
    const page = (
      <DrawingProblem>
        <View entry={shown} editor={editor} now={new Date()} />
      </DrawingProblem>
    );
    if (around) return page;
    return (
      <main>
        {draft && <DraftTag label={PREVIEW_DRAFT_LABEL} />}
        {page}
      </main>
    );
  };
}
