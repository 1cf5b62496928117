/** The mark on a draft's page: on the site (drafts show only under `npm run dev`) and in the editor's preview. */

/** What a draft's page says on the site. */
export const DRAFT_LABEL = 'Draft: not published';
/** What the editor's preview says of a draft. */
export const PREVIEW_DRAFT_LABEL = 'Draft: not on the public site';

export function DraftTag({ label = DRAFT_LABEL }: { label?: string | undefined }) {
  return <p class="tag tag--draft">{label}</p>;
}
