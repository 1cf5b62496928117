/** Every page's footer: support lines to call, the Acknowledgement of Country, the funding. */
import { telHref, unbroken } from '../lib/phone.ts';
import type { Site } from '../schemas/site.ts';
import './footer.css';

export interface FooterProps {
  site: Pick<Site, 'supportLines' | 'acknowledgement'>;
  /** The programme's funding statement, word for word. */
  funding: string;
}

export function Footer({ site, funding }: FooterProps) {
  return (
    <footer class="site-footer" data-pagefind-ignore="">
      <div class="site-footer__inner">
        <section aria-labelledby="support-heading">
          <h2 id="support-heading">Get support</h2>
          <ul class="support-lines">
            {site.supportLines.map((line) => (
              <li>
                {/* A support line must not wrap mid-name or mid-number. */}
                <a href={telHref(line.number)}>
                  <strong>{unbroken(line.name)}</strong>
                  {line.name !== line.number && <span> {unbroken(line.number)}</span>}
                </a>
                {line.description && <span class="support-lines__note">{line.description}</span>}
              </li>
            ))}
          </ul>
          <p>
            <a href="/safety/">Using this site safely</a>
            {' · '}
            <a href="/privacy/">Privacy collection notice</a>
            {' · '}
            <a href="/accessibility/">Accessibility</a>
          </p>
        </section>
        <section aria-labelledby="acknowledgement-heading">
          <h2 id="acknowledgement-heading">Acknowledgement of Country</h2>
          <p>{site.acknowledgement}</p>
        </section>
        <section aria-labelledby="funding-heading">
          <h2 id="funding-heading">Funding</h2>
          <p>{funding}</p>
        </section>
      </div>
    </footer>
  );
}
