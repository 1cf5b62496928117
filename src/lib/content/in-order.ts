/**
 * The order the public site lists entries in, for the build (src/data/content.ts) and the editor's
 * preview alike: CoPs by their order, pages by theirs (unordered last), reflections newest first.
 */
type Entry<Data> = { data: Data };

export const byCopOrder = (a: Entry<{ order: number }>, b: Entry<{ order: number }>) =>
  a.data.order - b.data.order;

export const byPageOrder = (
  a: Entry<{ order?: number | undefined }>,
  b: Entry<{ order?: number | undefined }>,
) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity);

export const newestFirst = (a: Entry<{ date: string }>, b: Entry<{ date: string }>) =>
  b.data.date.localeCompare(a.data.date);
