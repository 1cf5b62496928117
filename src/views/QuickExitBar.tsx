/** The Quick exit bar: a real link to a neutral site. The page adds the script that makes it faster (src/components/QuickExit.astro). */
import type { Site } from '../schemas/site.ts';
import './quick-exit-bar.css';

export type QuickExitBarProps = Site['quickExit'];

export function QuickExitBar({ url, label }: QuickExitBarProps) {
  return (
    <aside class="quick-exit no-print" aria-label="Quick exit" data-pagefind-ignore="">
      <a id="quick-exit" class="quick-exit__link" href={url} rel="noreferrer">
        {label}
        <span class="visually-hidden">: leave this site now</span>
      </a>
      <span class="quick-exit__hint">or press Shift 3 times</span>
      <span id="quick-exit-status" class="visually-hidden" role="status"></span>
    </aside>
  );
}
