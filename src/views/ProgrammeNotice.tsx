/** When no intake takes interest, says why in plain words and points to registering interest. */
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { takingInterest } from '../lib/taking-interest.ts';
import './programme-notice.css';

export interface ProgrammeNoticeProps {
  programme: Pick<ProgrammeWithStatus, 'notice' | 'phase'>;
  /** Where registering interest starts: `/apply/<id>/` from a CoP's page (that CoP ticked, with or without JavaScript). */
  applyHref?: string;
}

export function ProgrammeNotice({ programme, applyHref = '/apply/' }: ProgrammeNoticeProps) {
  if (programme.notice.length === 0) return null;
  return (
    <div class="panel programme-notice">
      <p>{programme.notice.join(' ')}</p>
      <p>
        <a href={applyHref}>{takingInterest(programme.phase).invitation}</a>
      </p>
    </div>
  );
}
