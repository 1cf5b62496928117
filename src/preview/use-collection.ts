/** Other entries a preview needs (the programme for a CoP, the CoPs for the form), as the build reads them. */
import { useEffect, useState } from 'preact/hooks';
import type { CollectionName } from '../lib/content/collections.ts';
import {
  editorEntry,
  readEntry,
  type EditorPreviewProps,
  type ImmutableMap,
  type ReadOk,
} from './editor-entry.ts';

/**
 * A collection's entries that the build could read (saved versions: the entry being edited is
 * the preview's own), or undefined while the editor fetches them.
 */
export function useCollection<Name extends CollectionName>(
  editor: EditorPreviewProps,
  name: Name,
): ReadOk<Name>[] | undefined {
  const [entries, setEntries] = useState<ReadOk<Name>[]>();
  useEffect(() => {
    let current = true;
    void editor.getCollection(name).then((found) => {
      const list = Array.isArray(found) ? found : [found];
      const read = list.map((map: ImmutableMap) => readEntry(name, editorEntry(map)));
      if (current) setEntries(read.filter((entry): entry is ReadOk<Name> => entry.ok));
    });
    return () => {
      current = false;
    };
  }, [name]);
  return entries;
}
