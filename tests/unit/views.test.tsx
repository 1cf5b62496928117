import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { bodyParts, renderMarkdown } from '../../src/lib/markdown.ts';
import { programmeWithStatus } from '../../src/lib/programme-view.ts';
import type { Programme } from '../../src/schemas/programme.ts';
import { ContentPage } from '../../src/views/ContentPage.tsx';
import { CopPage, type CopPageProps } from '../../src/views/CopPage.tsx';
import { PREVIEW_DRAFT_LABEL } from '../../src/views/DraftTag.tsx';
import { FIRST_INTAKE, YEAR, YEAR_FACTS } from '../fixtures/programme-year.ts';

const reflection = {
  quote: 'It was a safe space.',
  attribution: 'A participant',
  date: '2023-06',
  draft: false,
};
const page = { title: 'What we are learning', draft: false, showContact: false, resources: [] };

const year: Programme = {
  ...YEAR,
  intakes: [{ id: 'first', name: 'First intake', sessions: FIRST_INTAKE.sessions }],
  ...YEAR_FACTS,
};
const cop: CopPageProps['cop'] = {
  id: 'resistance',
  title: 'Resistance CoP',
  summary: 'For practitioners who meet backlash.',
  audience: ['Practitioners in any setting'],
  careerStage: 'any',
  setting: 'any',
  draft: true,
};
const copPage = (draftLabel?: string) =>
  renderToString(
    <CopPage
      cop={cop}
      bodyHtml={renderMarkdown('Peer learning.')}
      programme={programmeWithStatus(year, '2026-27', new Date('2026-10-15T02:00:00Z'))}
      current={['Information current from ', { day: '2026-10-15', text: '15 October 2026' }, '.']}
      draftLabel={draftLabel}
    />,
  );

describe('the views as the build renders them', () => {
  it("places a page's text as it is, with the reflections where <Reflections /> stands", () => {
    const html = renderToString(
      <ContentPage
        page={page}
        body={bodyParts('We learn.\n\n<Reflections />\n\nAnd we share.')}
        reflections={[reflection]}
        contact={[]}
      />,
    );
    expect(html).toBe(
      '<article class="prose"><h1>What we are learning</h1><p>We learn.</p>\n' +
        '<figure class="reflection"><blockquote><p>“It was a safe space.”</p></blockquote>' +
        '<figcaption>– A participant (June 2023)</figcaption></figure><p>And we share.</p></article>',
    );
  });

  it('lists what the form asks for where the privacy notice places <WhatWeCollect />', () => {
    const html = renderToString(
      <ContentPage
        page={{ ...page, title: 'Privacy collection notice' }}
        body={bodyParts('## What we collect\n\nThe form asks for:\n\n<WhatWeCollect />\n')}
        reflections={[]}
        collected={['Given name', 'Phone number (optional)']}
        contact={[]}
      />,
    );
    expect(html).toContain(
      '<p>The form asks for:</p>\n<ul class="collected"><li>Given name</li><li>Phone number (optional)</li></ul>',
    );
  });

  it('marks a draft "Draft: not published" on the site, and as the preview asks there', () => {
    expect(copPage()).toContain('<p class="tag tag--draft">Draft: not published</p>');
    expect(copPage(PREVIEW_DRAFT_LABEL)).toContain(
      '<p class="tag tag--draft">Draft: not on the public site</p>',
    );
  });

  it("shows a CoP's intakes with the status the site gives them that day", () => {
    expect(copPage()).toContain(
      '<span class="tag" data-status="open">Expressions of interest open</span>',
    );
    expect(copPage()).toContain('<p>Peer learning.</p>');
  });
});
